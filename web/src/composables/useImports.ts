import { useClientHandle } from '@urql/vue';
import { computed, onScopeDispose, ref, watch } from 'vue';
import { graphql } from '../gql';
import type { ImportCheckFieldsFragment, ImportFieldsFragment } from '../gql/graphql';
import { problemOf } from '../lib/problem';
import { token } from '../modules/session';
import { useApiQuery } from './useApiQuery';

graphql(`
  fragment ImportFields on Import {
    id
    kind
    file
    status
    rows
    rowsWritten
    by
    startedAt
    finishedAt
    enterprisesCreated
    rowsIntoExisting
    relationshipsCreated
    aliasesAdded
    leadsCreated
    format
    encoding
    sheet
    ignoredColumns
    ignoredColumnCount
    error
    undoneAt
    undoneBy
  }
`);
graphql(`
  fragment ImportCheckFields on ImportCheck {
    ok
    kind
    format
    encoding
    sheet
    ignoredColumns
    ignoredColumnCount
    rows
    enterprisesToCreate
    enterprisesToMerge
    duplicateRows
    leadsToCreate
    problems(language: ZH)
    problemCount
    createdExamples {
      line
      name
    }
    mergedExamples {
      line
      name
      into
      by
    }
  }
`);

const ImportsQuery = graphql(`
  query Imports {
    imports(first: 50) {
      ...ImportFields
    }
  }
`);
const ImportQuery = graphql(`
  query ImportProgress($id: ID!) {
    node(id: $id) {
      id
      ... on Import {
        ...ImportFields
      }
    }
  }
`);
const CheckMutation = graphql(`
  mutation CheckImport($input: ImportFileInput!) {
    checkImport(input: $input) {
      ...ImportCheckFields
    }
  }
`);
const RunMutation = graphql(`
  mutation RunImport($input: ImportFileInput!) {
    runImport(input: $input) {
      ...ImportFields
    }
  }
`);
const UndoMutation = graphql(`
  mutation UndoImport($id: ID!) {
    undoImport(id: $id) {
      ...ImportFields
    }
  }
`);

/** A failure already said in officers' words. */
class WordedError extends Error {}

/** What a file is: an enterprise list or a lead ledger (招商项目台账); omitted, the server tells by its header row. */
export type ImportKind = 'ENTERPRISES' | 'LEADS';
export type ImportFile = {
  upload: string;
  fileName: string;
  encoding?: string | null;
  sheet?: string | null;
  kind?: ImportKind | null;
};

/** Seconds between looks at the history while an import in it is still running or undoing. */
const FOLLOW_SECONDS = 2;

/**
 * The import history (officers only: others get no query at all). While any import in it
 * is RUNNING or UNDOING, whoever started it, the history looks again every few seconds,
 * so a row never stays "running" on screen after it has finished.
 */
export function useImportHistory(enabled: () => boolean) {
  const query = useApiQuery({ query: ImportsQuery, pause: computed(() => !enabled()), requestPolicy: 'network-only' });
  const imports = computed<ImportFieldsFragment[]>(() => query.data.value?.imports ?? []);
  const unfinished = computed(() => imports.value.some((i) => i.status === 'RUNNING' || i.status === 'UNDOING'));
  let timer: ReturnType<typeof setTimeout> | undefined;
  watch([unfinished, query.data], () => {
    clearTimeout(timer);
    if (unfinished.value) timer = setTimeout(() => query.refetch(), FOLLOW_SECONDS * 1000);
  });
  onScopeDispose(() => clearTimeout(timer));
  return { ...query, imports };
}

/**
 * An officer's import, step by step, on the API's one code path: upload the file's bytes
 * (POST /uploads), check it (the dry run), run it, follow it until it is DONE; and undo.
 */
export function useImportSteps() {
  const { client } = useClientHandle();
  const busy = ref(false);
  const error = ref('');
  const check = ref<ImportCheckFieldsFragment | null>(null);
  const running = ref<ImportFieldsFragment | null>(null);
  const file = ref<ImportFile | null>(null);
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function guarded<T>(work: () => Promise<T>): Promise<T | undefined> {
    busy.value = true;
    error.value = '';
    try {
      return await work();
    } catch (err) {
      // Worded here (Chinese) or the network failing (the browser's English, never shown).
      error.value = err instanceof WordedError ? err.message : (problemOf({ networkError: err })?.message ?? '');
      return undefined;
    } finally {
      busy.value = false;
    }
  }

  /** Uploads and checks a file; nothing is written. */
  const upload = (
    chosen: File,
    options: { encoding?: string | null; sheet?: string | null; kind?: ImportKind | '' | null },
  ) =>
    guarded(async () => {
      check.value = null;
      running.value = null;
      // A pasted token goes as the header; a signed-in officer's session cookie goes by itself (same origin).
      const headers: Record<string, string> = {
        'content-type': 'application/octet-stream',
        ...(token.value ? { authorization: `Bearer ${token.value}` } : {}),
      };
      const res = await fetch('/uploads', { method: 'POST', headers, body: chosen });
      const body = await res.json().catch(() => ({}));
      if (!res.ok) {
        if (!body.errors && res.status === 413)
          throw new WordedError('文件超过服务器允许的大小；更大的名单，请联系管理员导入。');
        throw new WordedError(
          problemOf({ graphQLErrors: body.errors ?? [{ message: '', extensions: { code: 'UPLOAD_FAILED' } }] })!
            .message,
        );
      }
      file.value = {
        upload: body.upload,
        fileName: chosen.name,
        encoding: options.encoding || null,
        sheet: options.sheet || null,
        kind: options.kind || null,
      };
      const result = await client.mutation(CheckMutation, { input: file.value }).toPromise();
      const p = problemOf(result.error);
      if (p) throw new WordedError(p.message);
      check.value = result.data!.checkImport;
    });

  /** Runs the checked file, then follows it every second until it has finished. */
  const run = () =>
    guarded(async () => {
      const result = await client.mutation(RunMutation, { input: file.value! }).toPromise();
      const p = problemOf(result.error);
      if (p) throw new WordedError(p.message);
      running.value = result.data!.runImport;
      follow();
    });

  function follow() {
    clearTimeout(timer);
    if (!running.value || running.value.status !== 'RUNNING') return;
    timer = setTimeout(async () => {
      const result = await client
        .query(ImportQuery, { id: running.value!.id }, { requestPolicy: 'network-only' })
        .toPromise();
      const node = result.data?.node;
      if (node && 'status' in node) running.value = node;
      follow();
    }, 1_000);
  }

  const undo = (id: string) =>
    guarded(async () => {
      const result = await client.mutation(UndoMutation, { id }).toPromise();
      const p = problemOf(result.error);
      if (p) throw new WordedError(p.message);
      return result.data!.undoImport;
    });

  const reset = () => {
    clearTimeout(timer);
    check.value = null;
    running.value = null;
    file.value = null;
    error.value = '';
  };
  return { busy, error, check, running, file, upload, run, undo, reset };
}
