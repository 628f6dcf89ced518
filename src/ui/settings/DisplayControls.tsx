// Display controls in the header: projector mode and font size. (Placeholder until the feature lands.)

export function DisplayControls() {
  return null;
}
