import type express from 'express';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { requireRole } from '../auth/guard.js';
import { authenticate, type Authenticator } from '../auth/authenticate.js';
import type { Principal } from '../auth/tokens.js';
import type { Logger } from '../logger.js';
import { byteSize } from './read/limits.js';
import { UploadRefusedError, UploadTooLargeError, type Uploads } from './uploads.js';

/** An error body like GraphQL's, with the message in Chinese as well for the web app. */
const refuse = (res: Response, status: number, code: string, message: string, messageZh: string) =>
  void res.status(status).json({ errors: [{ message, extensions: { code, messageZh } }] });

/** Officers are never told to run a command: a larger list is for the administrator to import. */
const tooLargeZh = (limit: number) => `文件超过服务器允许的 ${byteSize(limit)} 上限；更大的名单，请联系管理员导入。`;

/**
 * POST /uploads: an officer's file (CSV or XLSX) as the raw request body, saved for
 * `checkImport` and `runImport` to read, or an editor's plan (TXT, DOCX, PDF) for
 * `ingestPlan`. It needs an officer's or editor's bearer token or session cookie
 * (SameSite=Strict, so never sent from another site) and `Content-Type:
 * application/octet-stream` (which another origin cannot send without a CORS preflight,
 * and this route answers none): together they keep cross-site requests out. The folder
 * has a quota and each officer a number of uploads waiting (`Uploads`): beyond them the
 * upload is refused (507, 429) before its body is read.
 */
export function uploadRoute({
  auth,
  uploads,
  log,
}: {
  auth: Authenticator;
  uploads: Uploads;
  log: Logger;
}): express.RequestHandler {
  const limit = uploads.limits.fileBytes;
  return async (req: Request, res: Response) => {
    let principal: Principal;
    try {
      principal = await authenticate(req.headers.authorization, auth, req.headers.cookie);
      if (!principal.subject)
        return refuse(
          res,
          401,
          'UNAUTHENTICATED',
          'Uploading needs a bearer token with the officer role.',
          '上传文件需要以招商人员身份登录。',
        );
      // Officers upload enterprise lists; editors upload plans (.txt, .docx, .pdf) for ingestPlan.
      if (!principal.roles.includes('editor')) requireRole(principal, 'officer');
    } catch (err) {
      const forbidden = err instanceof GraphQLError && err.extensions.code === 'FORBIDDEN';
      return refuse(
        res,
        forbidden ? 403 : 401,
        forbidden ? 'FORBIDDEN' : 'UNAUTHENTICATED',
        `Not allowed: ${(err as Error).message}`,
        forbidden ? '当前令牌没有上传的权限，需要招商人员或规划编辑的令牌。' : '登录已失效或令牌无效，请重新登录。',
      );
    }
    if (!req.is('application/octet-stream'))
      return refuse(
        res,
        415,
        'BAD_REQUEST',
        "Send the file's bytes as the body, with Content-Type: application/octet-stream.",
        '上传的请求格式不对（应为 application/octet-stream）。',
      );
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit)
      return refuse(
        res,
        413,
        'PAYLOAD_TOO_LARGE',
        `The file is larger than ${limit} bytes; import larger files with npm run import.`,
        tooLargeZh(limit),
      );
    try {
      res.status(201).json(await uploads.save(req, principal.subject!, declared || undefined));
    } catch (err) {
      if (err instanceof UploadTooLargeError)
        return refuse(res, 413, 'PAYLOAD_TOO_LARGE', `${err.message}.`, tooLargeZh(limit));
      if (err instanceof UploadRefusedError) {
        res.set('Retry-After', String(err.retryAfterSeconds));
        // Nothing of the body was stored; it is read and dropped, so that the client gets the answer.
        req.resume();
        return refuse(res, err.status, err.code, err.message, err.zh);
      }
      log.error({ err }, 'an upload failed');
      refuse(res, 500, 'INTERNAL_SERVER_ERROR', 'The upload failed.', '上传失败，请稍后再试。');
    }
  };
}
