/** An import's status in officers' words. */
export const IMPORT_STATUS_WORDS: Record<string, string> = {
  RUNNING: '正在导入', DONE: '已完成', FAILED: '失败，已清除', UNDOING: '正在撤销', UNDONE: '已撤销', ROLLED_BACK: '中断，已清除',
};

/** A file size in words: 12.3 KB, 4.5 MB. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Whether a file looks like one the import reads, by its name. */
export const importable = (name: string) => /\.(csv|xlsx)$/i.test(name);
