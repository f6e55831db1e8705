/** Qingdao's districts and county-level cities (as organisations' `area`), with English names for the pickers. */
export const GREEN_AREAS: ReadonlyArray<{ zh: string; en: string }> = [
  { zh: "崂山区", en: "Laoshan" },
  { zh: "市南区", en: "Shinan" },
  { zh: "市北区", en: "Shibei" },
  { zh: "李沧区", en: "Licang" },
  { zh: "城阳区", en: "Chengyang" },
  { zh: "黄岛区", en: "Huangdao" },
  { zh: "即墨区", en: "Jimo" },
  { zh: "胶州市", en: "Jiaozhou" },
  { zh: "平度市", en: "Pingdu" },
  { zh: "莱西市", en: "Laixi" },
];

export const areaName = (zh: string, lang: string) =>
  lang === "en" ? (GREEN_AREAS.find((a) => a.zh === zh)?.en ?? zh) : zh;
