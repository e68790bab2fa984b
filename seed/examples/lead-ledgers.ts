/**
 * Writes the lead-ledger samples (docs/imports.md, "Importing a lead ledger"): the weekly
 * 项目信息采集表 of an officer of 郑州, on real enterprises of the seed, as an Excel workbook
 * and as GBK CSV (as Excel on a Chinese Windows saves it). Run: `npx tsx seed/examples/lead-ledgers.ts`.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import writeXlsxFile from 'write-excel-file/node';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const LEDGER_HEADER = [
  '企业名称',
  '统一社会信用代码',
  '产业链',
  '环节',
  '地区',
  '阶段',
  '阶段日期',
  '负责人',
  '计划投资（亿元）',
  '备注',
];

/** leads-zhengzhou.xlsx: four leads; the place by name, by zone, and by GB/T 2260 code (410105 金水区). */
export const XLSX_ROWS: (string | number | null)[][] = [
  ['高通公司', null, '智能手机产业链', '芯片', '郑州', '在谈', '2026-11-20', null, 5, '拟在郑设立芯片研发中心'],
  ['京东方科技集团股份有限公司', null, '智能手机', '屏组件', '郑州航空港区', '接洽', '2026-10-08', null, 30, null],
  ['舜宇光电公司', null, '智能手机产业链', '摄像模组', '410105', '线索', null, null, null, '展会上结识'],
  [
    '深圳欧菲光科技股份有限公司',
    null,
    '智能手机产业链',
    '摄像模组',
    '郑州高新区',
    '签约',
    '2026-09-30',
    null,
    12,
    null,
  ],
];

/** leads-zhengzhou-gbk.csv: three leads; 高通公司 · 芯片 · 郑州 as in the workbook (importing both is refused: one open lead each). */
export const CSV_ROWS: string[][] = [
  ['高通公司', '', '智能手机产业链', '芯片', '郑州', '在谈', '2026-11-20', '', '5', '拟在郑设立芯片研发中心'],
  ['天马微电子股份有限公司', '', '智能手机产业链', '屏组件', '郑州', '接洽', '2026-11-02', '', '', ''],
  ['比亚迪公司', '', '智能手机产业链', '整机', '郑州航空港区', '线索', '', '', '', '代工扩产意向'],
];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeXlsxFile(
    [
      LEDGER_HEADER.map((value) => ({ value })),
      ...XLSX_ROWS.map((row) => row.map((value) => (value == null ? null : { value }))),
    ],
    { sheet: '项目信息采集表' },
  ).toFile(path.join(HERE, 'leads-zhengzhou.xlsx'));
  const csv = [LEDGER_HEADER, ...CSV_ROWS].map((row) => row.join(',')).join('\r\n') + '\r\n';
  writeFileSync(path.join(HERE, 'leads-zhengzhou-gbk.csv'), iconv.encode(csv, 'gbk'));
}
