/**
 * @module The server-rendered pages (pure functions returning complete HTML documents). The
 * server imports this file and nothing else from server/ui/.
 */
export { renderStoryList, type StoryListOptions } from "./story-list.ts";
export { renderStoryPage, type StoryPageInput } from "./story-page.ts";
export { renderArticlePage } from "./article-page.ts";
export { renderComparePage } from "./compare-page.ts";
export { renderSearchPage, snippetHtml } from "./search-page.ts";
