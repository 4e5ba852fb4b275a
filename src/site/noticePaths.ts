/** Addresses of the notice pages, below the base: the list, one notice, one attachment, the feed. */
export const noticePath = {
  list: '/notices/',
  notice: (id: string) => `/notices/${id}/`,
  file: (file: string) => `/notices/files/${file}`,
  feed: '/notices/rss.xml',
};
