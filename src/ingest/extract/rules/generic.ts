/**
 * Words that qualify a name without naming anything: what is left of a name when they and
 * its kind word are taken away must still say something (特色产业集群 → 特色 → nothing:
 * a generic carrier; 齐鲁软件园 → 齐鲁: a name).
 */
export const GENERIC_WORDS =
  /特色鲜明|创新力强|完整|完善|一体化|县域|全行业|劳动密集型|新型工业化|产业|特色|优势|现代|新兴|重点|省级以上|省级|国家级|世界级|国家|省|市|区域性|区域级|区域|新型|智慧型|智慧|创新型|创新|高水平|高质量|一流|专业化|专业|各类|各级|相关|本地|标志性|重要|高端|大型|综合性|综合|示范|应用|一批|若干|骨干|龙头|千亿级|百亿级|万亿级|千亿|百亿|万亿|领先|全国|国内|国际|全球|发展|建设|中小企业|主导|支柱|传统|未来|先进|特定|配套|承接|转移|集聚|集中|数字化|智能化|绿色化|高新技术|战略性|战略|开放式|公共|服务|平台|载体|基础|关键|核心|领军|头部|链主|上下游|下游|上游|十强|新|大|级|型|化|的|和|及|与|、/g;

/** What remains of `name` after the generic words and `kindWord` are taken away. */
/** Words of facilities any place may have: a carrier named only by them is no one carrier. */
export const FACILITY_WORDS =
  /基础设施|设施|创业|中试|科技成果|成果转化|产业化|离岸|创新创业|双创|众创|孵化|加速|基础设施|重大|科技|成果|人才|教育|实训|培训|研发|检验检测|检测|公共|技术|转移|交易|展示|体验|合作|对外|外资|开放|改革|试点|样板|标杆/g;

export function specificPart(name: string, kindWord = '', extra?: RegExp): string {
  const base = kindWord && name.endsWith(kindWord) ? name.slice(0, -kindWord.length) : name;
  const plain = base.replace(/[“”"（）()《》]/g, '');
  return (extra ? plain.replace(extra, '') : plain).replace(GENERIC_WORDS, '');
}

/** A count or an indefinite plural before a name in its clause: 10个以上…, 一批…, 40家以上. */
export const COUNTED =
  /(?:\d+(?:\.\d+)?|[一二三四五六七八九十百千万两几]+)\s*(?:个|家|批|座|处|条|所|项)(?:以上|左右|多)?[^，。；]*$/;
