// Label and field selectors: parsing with apimachinery's exact error texts, matching, and printing.
// The facade of selectors/, which mirrors apimachinery pkg/labels, pkg/fields and metav1 helpers (v0.31).

export { parseFieldSelector, type FieldRequirement } from './selectors/field-selector.ts';
export { parseLabelSelector } from './selectors/label-parser.ts';
export { formatLabelSelector, labelSelectorMatcher, labelSelectorMatches } from './selectors/label-selector.ts';
export { matchesRequirements, SelectorError, type Labels, type Requirement } from './selectors/requirement.ts';
