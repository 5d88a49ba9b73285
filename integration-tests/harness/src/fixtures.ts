/**
 * A valid `CreateActivityInput` for 渝中区科协 in 重庆's 2024 edition (demo data), for tests that
 * need an activity to create, approve or refuse; `overrides` replaces any field (or adds a refused one).
 */
export function demoActivityInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    campaignId: "cmp-2024-cq",
    hostOrgId: "org-cq-yuzhong",
    title: "渝中区科学之夜",
    summary: "夜间开放，邀请天文学家带领观星。",
    category: "KEY",
    forms: ["SCIENCE_NIGHT"],
    mode: "OFFLINE",
    startsAt: "2030-09-20T18:00:00+08:00",
    endsAt: "2030-09-20T21:00:00+08:00",
    ...overrides,
  };
}
