/** The app's name, the last part of every tab title. */
export const APP_NAME = '产业链图谱';

/** A browser tab's title: what the page shows, then the app (`智能手机产业链 · 郑州 · 产业链图谱`), the app's name never twice. */
export function pageTitle(what: string | null | undefined): string {
  const t = what?.trim();
  return t && t !== APP_NAME ? `${t} · ${APP_NAME}` : APP_NAME;
}
