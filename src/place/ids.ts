import { toGlobalId } from '../ids.js';

/**
 * The places the seed declared by name before the whole country was loaded, by code: they
 * keep their name as their key, hence their ids (URLs, imported enterprises and published
 * plans point at them). Frozen: a place the seed declares from now on, and every other
 * division, is keyed by its code. Henan's province, its 18 cities (济源 among them, 419001),
 * the counties, districts and zones the plan names; and the places outside Henan the seed
 * declared (山东, 深圳, 余姚 …).
 */
export const NAME_KEYED_PLACES: Readonly<Record<string, string>> = {
  // Henan
  '410000': '河南',
  '410100': '郑州',
  '410200': '开封',
  '410300': '洛阳',
  '410400': '平顶山',
  '410500': '安阳',
  '410600': '鹤壁',
  '410700': '新乡',
  '410800': '焦作',
  '410900': '濮阳',
  '411000': '许昌',
  '411100': '漯河',
  '411200': '三门峡',
  '411300': '南阳',
  '411400': '商丘',
  '411500': '信阳',
  '411600': '周口',
  '411700': '驻马店',
  '419001': '济源',
  '410105': '金水区',
  '410122': '中牟',
  '410181': '巩义',
  '410184': '新郑',
  '410185': '登封',
  '410323': '新安',
  '410381': '偃师',
  '410421': '宝丰',
  '410482': '汝州',
  '410523': '汤阴',
  '410581': '林州',
  '410725': '原阳',
  '410783': '长垣',
  '410823': '武陟',
  '410825': '温县',
  '410883': '孟州',
  '410922': '清丰县',
  '410928': '濮阳县',
  '411082': '长葛',
  '411282': '灵宝',
  '411329': '新野',
  '411402': '梁园',
  '411421': '民权',
  '411621': '扶沟县',
  '411622': '西华县',
  '411627': '太康县',
  '411628': '鹿邑',
  '411723': '平舆',
  '411728': '遂平',
  '410172': '郑州高新区',
  '410173': '郑州航空港区',
  '410371': '洛阳高新区',
  // Outside Henan
  '110000': '北京',
  '120000': '天津',
  '310000': '上海',
  '320000': '江苏',
  '320100': '南京',
  '320300': '徐州',
  '330000': '浙江',
  '330200': '宁波',
  '330281': '余姚',
  '340000': '安徽',
  '340200': '芜湖',
  '350000': '福建',
  '350100': '福州',
  '370000': '山东',
  '370200': '青岛',
  '420000': '湖北',
  '420100': '武汉',
  '440000': '广东',
  '440100': '广州',
  '440300': '深圳',
  '440400': '珠海',
  '441500': '汕尾',
  '460000': '海南',
  '460100': '海口',
  '500000': '重庆',
  '510000': '四川',
  '710000': '台湾',
  '810000': '香港',
};

/** Whether a code is a development zone's statistical code (area 70–79: 370171), not a GB/T 2260 division's. */
export function isZoneCode(code: string): boolean {
  const area = Number(code.slice(4));
  return /^\d{6}$/.test(code) && area >= 70 && area < 80 && code.slice(2, 4) !== '00';
}

/** A place's key for its code: its old name for the places above, else `gb2260:<code>` (`zone:<code>` for a zone). */
export function placeKeyOfCode(code: string): string {
  return NAME_KEYED_PLACES[code] ?? `${isZoneCode(code) ? 'zone' : 'gb2260'}:${code}`;
}

/** The graph id of the place with this GB/T 2260 (or development-zone) code: 370102 → the id of 历下区. */
export function placeIdOfCode(code: string): string {
  return toGlobalId('Place', placeKeyOfCode(code));
}

/** The graph id of a division of the national lists (src/place/divisions.ts): what the seed loader gives it. */
export function placeIdOf(division: { code: string }): string {
  return placeIdOfCode(division.code);
}
