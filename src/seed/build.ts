import { toGlobalId, type NodeKind } from '../ids.js';
import { searchFields } from '../search/fields.js';
import { GraphBuilder, type NodeRow, type RelRow } from './graph.js';
import { groupByNames, NameIndex } from './names.js';
import { SeedValidationError, type SeedFiles } from './read.js';
import { PROVINCE } from '../place/province.js';
import { placeKeyOfCode } from '../place/ids.js';
import { addNationalPlaces, type SeededPlace } from './national.js';
import { TIERS, type FactsFile } from './schema.js';

export type SeedGraph = { nodes: NodeRow[]; rels: RelRow[] };

/** The part of a file that every kind of seed file has, and the sector it defaults to. */
type FactsIn = { file: string; data: FactsFile; sector: string | undefined };

/** The kinds `search` finds; they get pinyin and alias text for the full-text index. */
const SEARCHABLE = new Set<NodeKind>(['Sector', 'Chain', 'ChainLink', 'Enterprise', 'Place', 'Cluster', 'Project']);

/**
 * Turns validated seed files into graph rows: merges enterprises and places declared
 * more than once, resolves every reference, and fails naming each one it cannot resolve.
 */
export function buildGraph(files: SeedFiles): SeedGraph {
  const g = new GraphBuilder();
  const problems: string[] = [];
  const { plan } = files.plan.data;
  const facts: FactsIn[] = [
    { file: files.plan.file, data: files.plan.data, sector: undefined },
    ...files.sectors.map((s) => ({ file: s.file, data: s.data, sector: s.data.sector.key })),
    ...files.others.map((o) => ({ file: o.file, data: o.data, sector: undefined })),
  ];

  // The plan, its sections, categories and sectors.
  // The curated plan is published; it governs the province (ingested plans are stored as drafts, src/plan/ingest.ts).
  const planId = g.node(
    'Plan',
    plan.key,
    {
      title: plan.title,
      name: plan.title,
      issuer: plan.issuer,
      date: plan.date,
      status: 'PUBLISHED',
      curated: true,
      regionName: PROVINCE,
    },
    plan.sources,
  );
  const sectionIds = new Map<string, string>();
  for (const s of files.plan.data.sections)
    sectionIds.set(
      s.code,
      g.node('Section', s.code, { code: s.code, title: s.title, name: `${s.code} ${s.title}`, planId }, s.sources),
    );
  for (const s of files.plan.data.sections) {
    const parent = s.parent ? sectionIds.get(s.parent) : planId;
    if (!parent) problems.push(`${files.plan.file}: sections (${s.code}).parent: no section ${s.parent}`);
    else g.rel(sectionIds.get(s.code)!, 'PART_OF', parent, s.sources);
  }
  const sectionOf = (file: string, where: string, section: string) => {
    const id = sectionIds.get(section.split(' ')[0]!);
    if (!id) problems.push(`${file}: ${where}.section: no section with code ${section.split(' ')[0]}`);
    return id;
  };
  for (const c of files.plan.data.categories) {
    const id = g.node('Category', c.key, { name: c.name, nameEn: c.nameEn, aliases: c.aliases }, c.sources);
    g.rel(id, 'IN_PLAN', planId, c.sources);
    const section = sectionOf(files.plan.file, `categories (${c.key})`, c.section);
    if (section) g.rel(id, 'DESCRIBED_IN', section, c.sources);
  }
  const sectorIds = new Set<string>();
  for (const { file, data } of files.sectors) {
    const s = data.sector;
    // Sectors are listed in the document's order, that of their sections.
    const position = files.plan.data.sections.findIndex((x) => x.code === s.section.split(' ')[0]);
    const id = g.node('Sector', s.key, { name: s.name, nameEn: s.nameEn, category: s.category, position }, s.sources);
    sectorIds.add(s.key);
    g.rel(id, 'IN_CATEGORY', toGlobalId('Category', s.category), s.sources);
    const section = sectionOf(file, `sector (${s.key})`, s.section);
    if (section) g.rel(id, 'DESCRIBED_IN', section, s.sources);
  }
  const sectorId = (file: string, where: string, key: string | undefined) => {
    if (!key) return undefined;
    if (!sectorIds.has(key)) problems.push(`${file}: ${where}: no sector with key ${key}`);
    return toGlobalId('Sector', key);
  };

  // Places, merged by name, then their hierarchy. An administrative place is keyed by its
  // code (src/place/ids.ts): those declared before the whole country was loaded keep their name.
  const places = new NameIndex();
  const placeDecls = facts.flatMap(({ file, data }) => data.places.map((p) => ({ file, p })));
  const coded = new Map<string, SeededPlace>();
  for (const group of groupByNames(placeDecls, ({ p }) => [p.name])) {
    const first = group[0]!.p;
    for (const { file, p } of group) {
      if (p.level !== first.level || p.parent !== first.parent) {
        problems.push(
          `${file}: places (${p.name}): declared elsewhere as ${first.level} in ${first.parent ?? 'no parent'}`,
        );
      }
    }
    const codes = unique(group.map(({ p }) => p.code).filter((c): c is string => !!c));
    if (codes.length > 1)
      problems.push(`${group[0]!.file}: places (${first.name}).code: declared with the codes ${codes.join(' and ')}`);
    const code = codes[0];
    const key = code ? placeKeyOfCode(code) : first.name;
    const sources = group.flatMap(({ p }) => p.sources);
    const aliases = unique(
      group.flatMap(({ p }) => [...p.aliases, p.fullName]).filter((a): a is string => !!a && a !== first.name),
    );
    const id = g.node(
      'Place',
      key,
      {
        name: first.name,
        fullName: group.map(({ p }) => p.fullName).find(Boolean),
        aliases,
        nameEn: first.nameEn,
        level: first.level,
        inHenan: first.inHenan,
        code,
      },
      sources,
    );
    if (code) {
      if (coded.has(code))
        problems.push(
          `${group[0]!.file}: places (${first.name}).code: ${code} is also the code of ${coded.get(code)!.name}`,
        );
      coded.set(code, { id, name: first.name, file: group[0]!.file, parent: undefined });
    }
    for (const n of [first.name, ...aliases]) {
      const taken = places.get(n);
      if (taken && taken !== key)
        problems.push(`${group[0]!.file}: places (${first.name}): the name ${n} also names ${taken}`);
    }
    places.add(key, [first.name, ...aliases]);
  }
  const placeId = (file: string, where: string, name: string | undefined) => {
    if (!name) return undefined;
    const key = places.get(name);
    if (!key) problems.push(`${file}: ${where}: no place named ${name}`);
    return key ? toGlobalId('Place', key) : undefined;
  };
  for (const { file, p } of placeDecls) {
    const parent = placeId(file, `places (${p.name}).parent`, p.parent);
    const id = toGlobalId('Place', places.get(p.name)!);
    if (parent) g.rel(id, 'PART_OF', parent, p.sources);
    if (p.code && coded.get(p.code)?.id === id) coded.get(p.code)!.parent = parent;
  }
  // The plan's region: its own sources say it is the province's (the issuer is the province's government).
  const region = placeId(files.plan.file, 'plan.region', PROVINCE);
  if (region) g.rel(planId, 'GOVERNS', region, plan.sources);

  // Chains and links.
  const linkSector = new Map<string, string>();
  for (const { file, data, sector } of facts) {
    for (const chain of data.chains) {
      const chainId = g.node(
        'Chain',
        chain.key,
        { name: chain.name, aliases: chain.aliases, nameEn: chain.nameEn },
        chain.sources,
      );
      const sec = sectorId(file, `chains (${chain.key})`, sector);
      if (!sec) problems.push(`${file}: chains (${chain.key}): a chain must be in a sector file`);
      else g.rel(chainId, 'IN_SECTOR', sec, chain.sources);
      const keys = new Set(chain.links.map((l) => l.key));
      for (const link of chain.links) {
        const ref = `${chain.key}/${link.key}`;
        const id = g.node(
          'ChainLink',
          ref,
          { name: link.name, aliases: link.aliases, group: link.group, nameEn: link.nameEn, stage: link.stage },
          link.sources,
        );
        if (sector) linkSector.set(ref, sector);
        g.rel(id, 'IN_CHAIN', chainId, link.sources);
        for (const f of link.feeds) {
          if (!keys.has(f))
            problems.push(`${file}: chains (${chain.key}).links (${link.key}).feeds: no link ${f} in this chain`);
          else g.rel(id, 'FEEDS', toGlobalId('ChainLink', `${chain.key}/${f}`), link.sources);
        }
      }
    }
  }
  const linkId = (file: string, where: string, ref: string | undefined) => {
    if (!ref) return undefined;
    if (!linkSector.has(ref)) problems.push(`${file}: ${where}: no chain link ${ref}`);
    return toGlobalId('ChainLink', ref);
  };
  /** The link or sector a fact concerns: its link, else its sector, else the file's sector. */
  const concernOf = (
    file: string,
    where: string,
    c: { link?: string | undefined; sector?: string | undefined },
    fileSector: string | undefined,
  ) => {
    const link = linkId(file, `${where}.link`, c.link);
    const sectorKey = c.sector ?? (c.link ? linkSector.get(c.link) : undefined) ?? fileSector;
    return { link, sector: sectorId(file, `${where}.sector`, sectorKey) };
  };

  // Enterprises, merged across files by shared names and aliases.
  const enterprises = new NameIndex();
  const decls = facts.flatMap(({ file, data, sector }) => data.enterprises.map((e) => ({ file, e, sector })));
  for (const group of groupByNames(decls, ({ e }) => [e.name, ...e.aliases])) {
    const canonical = group.map(({ e }) => e.name).reduce((a, b) => (b.length > a.length ? b : a));
    const aliases = unique(group.flatMap(({ e }) => [e.name, ...e.aliases])).filter((n) => n !== canonical);
    const kinds = unique(group.map(({ e }) => e.kind));
    if (kinds.length > 1)
      problems.push(
        `${group[0]!.file}: enterprises (${canonical}): declared as ${kinds.join(' and ')} in different files`,
      );
    // Only institutions carry the property: a company (and every imported enterprise) has none.
    const organisationKind = kinds[0] === 'COMPANY' ? undefined : kinds[0];
    const id = g.node(
      'Enterprise',
      canonical,
      { name: canonical, aliases, nameEn: group.map(({ e }) => e.nameEn).find(Boolean), organisationKind },
      group.flatMap(({ e }) => e.sources),
    );
    enterprises.add(canonical, [canonical, ...aliases]);
    for (const { file, e, sector } of group) {
      for (const [i, p] of e.places.entries()) {
        const place = placeId(file, `enterprises (${e.name}).places[${i}]`, p.place);
        if (place) g.rel(id, 'LOCATED_IN', place, p.sources);
      }
      for (const [i, o] of e.operatesIn.entries()) {
        const { link, sector: sec } = concernOf(file, `enterprises (${e.name}).operatesIn[${i}]`, o, sector);
        const target = link ?? sec;
        if (target) g.rel(id, 'OPERATES_IN', target, o.sources);
      }
    }
  }
  const enterpriseId = (file: string, where: string, name: string | undefined) => {
    if (!name) return undefined;
    const key = enterprises.get(name);
    if (!key) problems.push(`${file}: ${where}: no enterprise named ${name} (declare it under enterprises:)`);
    return key ? toGlobalId('Enterprise', key) : undefined;
  };

  // Stances, clusters (every carrier), projects, targets.
  const clusterNames = new Set(facts.flatMap(({ data }) => data.clusters.map((c) => c.name)));
  for (const { file, data, sector } of facts) {
    data.stances.forEach((s, i) => {
      const where = `stances[${i}] (${s.enterprise})`;
      const enterprise = enterpriseId(file, `${where}.enterprise`, s.enterprise);
      const { link, sector: sec } = concernOf(file, where, s, sector);
      if (!enterprise) return;
      const concernKey = s.link ?? s.sector ?? sector ?? '';
      const id = g.node(
        'Stance',
        `${enterprises.get(s.enterprise)}|${s.role}|${concernKey}`,
        { role: s.role, verb: s.verb },
        s.sources,
      );
      g.rel(id, 'ABOUT', enterprise, s.sources);
      if (link) g.rel(id, 'CONCERNS', link, s.sources);
      if (sec) g.rel(id, 'IN_SECTOR', sec, s.sources);
    });
    data.clusters.forEach((c, i) => {
      const where = `clusters[${i}] (${c.name})`;
      const id = g.node(
        'Cluster',
        c.name,
        { name: c.name, carrierKind: c.kind, tier: c.tier, tierYi: c.tier ? TIERS[c.tier] : undefined, level: c.level },
        c.sources,
      );
      const sec = sectorId(file, `${where}.sector`, c.sector ?? sector);
      if (sec) g.rel(id, 'IN_SECTOR', sec, c.sources);
      // `rank`: the places in the text's order, so the first is the carrier's `place`.
      (c.places ?? [c.place]).forEach((name, rank) => {
        const place = placeId(file, `${where}.place${c.places ? `s[${rank}]` : ''}`, name);
        if (place) g.rel(id, 'LOCATED_IN', place, c.sources, { rank });
      });
      c.links.forEach((ref, j) => {
        const link = linkId(file, `${where}.links[${j}]`, ref);
        if (link) g.rel(id, 'FOR_LINK', link, c.sources);
      });
      c.enterprises.forEach((name, j) => {
        const enterprise = enterpriseId(file, `${where}.enterprises[${j}]`, name);
        if (enterprise) g.rel(id, 'ANCHORED_BY', enterprise, c.sources);
      });
    });
    data.projects.forEach((p, i) => {
      const where = `projects[${i}] (${p.name})`;
      const id = g.node('Project', p.name, { name: p.name, capacity: p.capacity }, p.sources);
      const enterprise = enterpriseId(file, `${where}.enterprise`, p.enterprise);
      if (enterprise) g.rel(id, 'BY', enterprise, p.sources);
      const place = placeId(file, `${where}.place`, p.place);
      if (place) g.rel(id, 'LOCATED_IN', place, p.sources);
      const { link, sector: sec } = concernOf(file, where, p, sector);
      if (link) g.rel(id, 'FOR_LINK', link, p.sources);
      if (sec) g.rel(id, 'IN_SECTOR', sec, p.sources);
      if (p.cluster && !clusterNames.has(p.cluster))
        problems.push(`${file}: ${where}.cluster: no carrier named ${p.cluster} (declare it under clusters:)`);
      else if (p.cluster) g.rel(id, 'IN_CLUSTER', toGlobalId('Cluster', p.cluster), p.sources);
    });
    data.targets.forEach((t, i) => {
      const where = `targets[${i}] (${t.key})`;
      const id = g.node(
        'Target',
        t.key,
        {
          metric: t.metric,
          label: t.label,
          value: t.value,
          valueMax: t.valueMax,
          unit: t.unit,
          text: t.text,
          year: t.year,
          growthPct: t.growthPct,
          planId,
        },
        t.sources,
      );
      const subject = subjectId(t.subject, (kind, name) => {
        if (kind === 'province') return placeId(file, `${where}.subject`, PROVINCE);
        if (kind === 'category') return toGlobalId('Category', name);
        if (kind === 'sector') return sectorId(file, `${where}.subject`, name);
        if (kind === 'place') return placeId(file, `${where}.subject`, name);
        return toGlobalId('Cluster', name);
      });
      if (subject) g.rel(id, 'FOR', subject, t.sources);
    });
  }

  // Every other province, city, county, district and development zone of the country.
  addNationalPlaces(g, coded, problems);

  const graph = g.result();
  for (const n of graph.nodes) {
    // A link's group (机械基础件) is searchable too, but it is no name of the link.
    const also = [n.props.fullName, n.props.group].filter((x): x is string => typeof x === 'string');
    if (SEARCHABLE.has(n.label))
      Object.assign(n.props, searchFields(String(n.props.name), [...((n.props.aliases as string[]) ?? []), ...also]));
  }
  // References to nodes no file declares (a cluster subject, a category key) end here.
  const ids = new Set(graph.nodes.map((n) => n.id));
  for (const r of graph.rels)
    if (!ids.has(r.to))
      problems.push(
        `a ${r.type} relationship points to an undeclared node (${Buffer.from(r.to, 'base64url').toString()})`,
      );
  if (problems.length) throw new SeedValidationError(unique(problems));
  return graph;
}

function subjectId(subject: string, resolve: (kind: string, name: string) => string | undefined): string | undefined {
  const colon = subject.indexOf(':');
  return colon < 0 ? resolve(subject, '') : resolve(subject.slice(0, colon), subject.slice(colon + 1));
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
