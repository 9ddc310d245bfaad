import { ADDIN_NAME } from '../core/i18n';

/** Shows dist/Sidebar.html (pushed as the HTML file «Sidebar»). */
export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(ADDIN_NAME);
  SpreadsheetApp.getUi().showSidebar(html);
}
