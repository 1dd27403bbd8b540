/** Writing XML text: the declaration OBS answers start with, and text escaped for an element. */

/** The first line of every OBS XML answer ("Listing Objects in a Bucket", "Error Codes"). */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

/** `text` as element content: `&`, `<`, `>`, quotes escaped; characters XML 1.0 cannot carry as references. */
export function escapeXml(text: string): string {
    // eslint-disable-next-line no-control-regex -- the control characters are what must become references
    return text.replace(/[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, (c) => {
        const named: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
        return named[c] ?? `&#x${c.charCodeAt(0).toString(16)};`;
    });
}
