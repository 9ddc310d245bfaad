export const SIDEBAR_TITLE = 'Дорожная карта';

/** Shows dist/Sidebar.html (pushed as the HTML file «Sidebar»). */
export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(SIDEBAR_TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}
