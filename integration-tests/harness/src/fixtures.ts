/** Places for test activities, each inside its host's region (GB/T 2260) with WGS-84 coordinates. */
export const demoActivityPlaces = {
  /** 渝中区 (500103), beside 解放碑. */
  yuzhong: {
    venue: "解放碑步行街科普广场",
    address: "重庆市渝中区民族路177号",
    regionCode: "500103",
    latitude: 29.5575,
    longitude: 106.5772,
  },
  /** 长沙市开福区 (430105), 湖南省科技馆. */
  changsha: {
    venue: "湖南省科学技术馆",
    address: "长沙市开福区湘江北路三段1500号",
    regionCode: "430105",
    latitude: 28.2415,
    longitude: 112.9648,
  },
};

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
    categoryId: "cat-cmp-2024-exhibitions",
    forms: ["SCIENCE_NIGHT"],
    mode: "OFFLINE",
    ...demoActivityPlaces.yuzhong,
    startsAt: "2030-09-20T18:00:00+08:00",
    endsAt: "2030-09-20T21:00:00+08:00",
    ...overrides,
  };
}
