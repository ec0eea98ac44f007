export type DocumentKind =
  | 'NEWS_ARTICLE' | 'LIVE_BLOG' | 'REPORT' | 'INTELLIGENCE_ASSESSMENT' | 'OFFICIAL_STATEMENT'
  | 'PRESS_CONFERENCE' | 'SOCIAL_MEDIA_POST' | 'PHOTO_CAPTION' | 'OTHER';
export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  'NEWS_ARTICLE', 'LIVE_BLOG', 'REPORT', 'INTELLIGENCE_ASSESSMENT', 'OFFICIAL_STATEMENT',
  'PRESS_CONFERENCE', 'SOCIAL_MEDIA_POST', 'PHOTO_CAPTION', 'OTHER',
];

export interface DocumentRecord {
  id: string;
  title: string;
  url: string | null;
  kind: DocumentKind;
  publishedAt: string | null;
  language: string | null;
  publisherId: string | null;
}

export function toDocumentRecord(row: Record<string, unknown>): DocumentRecord {
  return {
    id: row.id as string,
    title: row.title as string,
    url: (row.url as string | null) ?? null,
    kind: row.kind as DocumentKind,
    publishedAt: (row.publishedAt as string | null) ?? null,
    language: (row.language as string | null) ?? null,
    publisherId: (row.publisherId as string | null) ?? null,
  };
}
