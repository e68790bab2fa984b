import { CARRIER_WORDS, ORGANISATION_WORDS } from './roles';

/** A search hit as the app links it: its words and the page it opens. */
export type HitLink = { kindWord: string; title: string; detail: string; to: string };

type Hit = {
  kind: string;
  node: {
    id: string;
    name?: string;
    category?: string;
    sector?: { name: string };
    chain?: { id: string; name: string };
    aliases?: string[];
    group?: string | null;
    places?: { name: string }[];
    level?: string;
    parent?: { name: string } | null;
    tier?: string | null;
    place?: { name: string } | null;
    organisationKind?: string;
    carrierKind?: string;
  };
};

const KIND_WORDS: Record<string, string> = {
  SECTOR: '产业',
  CHAIN: '产业链',
  CHAIN_LINK: '环节',
  ENTERPRISE: '企业',
  PLACE: '地区',
  CLUSTER: '载体',
  PROJECT: '项目',
};

/** Where a search hit takes the officer, and how it reads in the list. */
export function hitLink(hit: Hit): HitLink {
  const n = hit.node;
  // An institution says what it is (高等院校 …); a carrier says its kind (基地, 园区 …).
  const kindWord =
    (hit.kind === 'ENTERPRISE' && n.organisationKind && ORGANISATION_WORDS[n.organisationKind]) ||
    (hit.kind === 'CLUSTER' && n.carrierKind && CARRIER_WORDS[n.carrierKind]) ||
    KIND_WORDS[hit.kind] ||
    hit.kind;
  const base = { kindWord, title: n.name ?? '' };
  switch (hit.kind) {
    case 'CHAIN':
      return {
        ...base,
        detail: [n.sector?.name, n.aliases?.length ? `又称 ${n.aliases.join('、')}` : ''].filter(Boolean).join(' · '),
        to: `/chain/${n.id}`,
      };
    case 'CHAIN_LINK':
      return {
        ...base,
        detail: [n.chain?.name, n.group].filter(Boolean).join(' · '),
        to: n.chain ? `/chain/${n.chain.id}?link=${n.id}` : '/',
      };
    case 'ENTERPRISE':
      return {
        ...base,
        detail: [n.aliases?.length ? `又称 ${n.aliases.join('、')}` : '', n.places?.map((p) => p.name).join('、') ?? '']
          .filter(Boolean)
          .join(' · '),
        to: `/enterprise/${n.id}`,
      };
    case 'PLACE':
      return { ...base, detail: n.parent?.name ?? '', to: `/place/${n.id}` };
    case 'CLUSTER':
      return { ...base, detail: [n.tier, n.place?.name].filter(Boolean).join(' · '), to: `/cluster/${n.id}` };
    case 'PROJECT':
      return { ...base, detail: n.place?.name ?? '', to: `/project/${n.id}` };
    default:
      return { ...base, detail: '', to: `/sector/${n.id}` };
  }
}
