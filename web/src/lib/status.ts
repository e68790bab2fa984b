/** A link's status in a place, as the API names it. */
export type LinkStatus = 'COVERED' | 'TARGETED' | 'GAP';

/** How each status is shown: always a word and an icon beside the colour, never colour alone. */
export type StatusStyle = {
  word: string;
  icon: string;
  /** One sentence an officer reads in the legend and in the panel. */
  meaning: string;
  /** Text and background of badges and list rows (contrast checked by a test). */
  text: string;
  background: string;
  /** The chain map's node: fill, border, border pattern and label colour. */
  node: { fill: string; border: string; borderType: 'solid' | 'dashed' | 'dotted'; label: string };
};

export const STATUS: Record<LinkStatus, StatusStyle> = {
  COVERED: {
    word: '已覆盖',
    icon: '✓',
    meaning: '本地已有企业在这一环节生产经营。',
    text: '#14532d',
    background: '#dcf2e3',
    node: { fill: '#1b6b3a', border: '#12502a', borderType: 'solid', label: '#ffffff' },
  },
  TARGETED: {
    word: '拟引进',
    icon: '◎',
    meaning: '本地尚无企业，规划已点名拟引进或争取的企业。',
    text: '#7a3e00',
    background: '#fff0d6',
    node: { fill: '#fff0d6', border: '#a35400', borderType: 'dashed', label: '#5c2f00' },
  },
  GAP: {
    word: '缺口',
    icon: '✕',
    meaning: '本地尚无企业，规划也未点名引进对象。',
    text: '#9b1c1c',
    background: '#fde4e4',
    node: { fill: '#ffffff', border: '#b91c1c', borderType: 'dotted', label: '#9b1c1c' },
  },
};

export const STATUS_ORDER: LinkStatus[] = ['COVERED', 'TARGETED', 'GAP'];

/** The status as words with its icon, e.g. `◎ 拟引进`. */
export const statusLabel = (status: LinkStatus) => `${STATUS[status].icon} ${STATUS[status].word}`;

/** Stages of a chain, upstream first, with their Chinese names. */
export type ChainStage = 'UPSTREAM' | 'MIDSTREAM' | 'DOWNSTREAM';
export const STAGES: { stage: ChainStage; word: string }[] = [
  { stage: 'UPSTREAM', word: '上游' },
  { stage: 'MIDSTREAM', word: '中游' },
  { stage: 'DOWNSTREAM', word: '下游' },
];
export const stageWord = (stage: ChainStage) => STAGES.find((s) => s.stage === stage)?.word ?? stage;
