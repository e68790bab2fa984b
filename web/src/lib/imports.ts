/** An import's status in officers' words. */
export const IMPORT_STATUS_WORDS: Record<string, string> = {
  RUNNING: '正在导入',
  DONE: '已完成',
  FAILED: '失败，已清除',
  UNDOING: '正在撤销',
  UNDONE: '已撤销',
  ROLLED_BACK: '中断，已清除',
};

/** A file size in words: 12.3 KB, 4.5 MB. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Whether a file looks like one the import reads, by its name. */
export const importable = (name: string) => /\.(csv|xlsx)$/i.test(name);

/** Why an import stopped, for officers: never the service's English, and its reference (the service log's key) when it has one. */
export function importErrorWords(error: string | null | undefined): string {
  if (!error) return '';
  const reference = /reference (\w+)/.exec(error)?.[1];
  return `导入中途出错，已写入的内容已全部清除，图谱保持导入前的样子。${reference ? `如需报告，请把编号 ${reference} 告诉管理员。` : '请稍后重试；如果一再出现，请联系管理员。'}`;
}
