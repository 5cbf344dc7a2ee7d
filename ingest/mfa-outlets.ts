// Country of the news outlets whose reporters ask questions at the Chinese MFA press conferences (names as the
// transcripts write them), recorded on the reporter's Outlet for provenance. Questions count for no NaVAB nation
// (see mfa-press-html.ts): they are the ministry's Chinese transcript of a reporter's words, not that outlet's news.
const COUNTRIES: ReadonlyArray<[string, string]> = [
  ["总台", "CN"], ["央视", "CN"], ["中新社", "CN"], ["环球时报", "CN"], ["新华社", "CN"], ["中国日报", "CN"],
  ["东方卫视", "CN"], ["深圳卫视", "CN"], ["澎湃新闻", "CN"], ["北京日报", "CN"], ["湖北广电", "CN"],
  ["北京青年报", "CN"], ["人民日报", "CN"], ["北京广播电视台", "CN"], ["中阿卫视", "CN"],
  ["凤凰卫视", "HK"], ["香港中评社", "HK"], ["澳亚卫视", "MO"], ["澳门", "MO"], ["安莎社", "IT"],
  ["法新社", "FR"], ["法兰西24", "FR"], ["路透社", "GB"], ["英国", "GB"], ["天空新闻", "GB"], ["金融时报", "GB"],
  ["彭博社", "US"], ["美联社", "US"], ["美国", "US"], ["纽约时报", "US"], ["华尔街日报", "US"],
  ["德新社", "DE"], ["德国", "DE"], ["塔斯社", "RU"], ["俄新社", "RU"], ["俄罗斯", "RU"], ["今日俄罗斯", "RU"],
  ["日本", "JP"], ["共同社", "JP"], ["朝日电视台", "JP"], ["东京电视台", "JP"], ["韩联社", "KR"], ["韩国", "KR"],
  ["土耳其", "TR"], ["巴通社", "PK"], ["巴基斯坦", "PK"], ["印度", "IN"], ["乌通社", "UZ"], ["乌克兰", "UA"],
  ["印尼", "ID"], ["拉通社", "LA"], ["伊拉克", "IQ"], ["半岛电视台", "QA"], ["巴西", "BR"], ["芬兰", "FI"],
  ["丹麦", "DK"], ["伊朗", "IR"], ["新鹿特丹商报", "NL"], ["西班牙", "ES"], ["埃菲社", "ES"], ["瑞典", "SE"],
];

/** ISO country of a reporter's outlet ("unknown" when not in the table). */
export function reporterCountry(outletName: string): string {
  for (const [fragment, country] of COUNTRIES) if (outletName.includes(fragment)) return country;
  return "unknown";
}
