// The help button and its overlay listing the keyboard shortcuts. (Placeholder until the feature lands.)

export function HelpButton() {
  return null;
}
