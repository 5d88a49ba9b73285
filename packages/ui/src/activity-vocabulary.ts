/**
 * The activity vocabulary every app lists in its pickers and filters (issue 9 §1, DOMAIN.md "What
 * they run"), in the order they are shown; their names are the messages `actForm.*` and
 * `actAudience.*`. The graph's enums hold the same values: each app checks its copy of the graph
 * against these lists (organizers' `graphql/types.ts`), so a value added to the graph is noticed.
 */
export const activityForms = [
  "EXHIBITION",
  "LECTURE",
  "EXPERIMENT",
  "STUDY_TOUR",
  "SCIENCE_NIGHT",
  "CHECK_IN_TRAIL",
  "OPEN_DAY",
  "LIVESTREAM",
  "ONLINE_EXHIBITION",
  "COMPETITION",
  "TRAINING",
  "CONSULTATION",
  "SALON",
  "AR_VR",
] as const;

/** Who an activity is for, the 全民科学素质 groups first and the general public last. */
export const audiences = [
  "POLICY_MAKERS",
  "STUDENTS_AND_YOUNG_RESEARCHERS",
  "CHILDREN_AND_TEENAGERS",
  "ELDERLY",
  "FARMERS",
  "WOMEN",
  "GENERAL_PUBLIC",
] as const;
