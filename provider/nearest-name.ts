/**
 * The known name a mistyped one was probably meant to be: what a mistyped region and a mistyped input property are
 * answered with ("did you mean …?"). Imports nothing, so any layer may use it.
 */

/** The known name closest to `typed` when at most `maxEdits` single-character edits away (case ignored). */
export function nearestName(typed: string, known: readonly string[], maxEdits: number): string | undefined {
    let best: { readonly name: string; readonly distance: number } | undefined;
    for (const name of known) {
        const distance = editDistance(typed.toLowerCase(), name.toLowerCase());
        if (best === undefined || distance < best.distance) best = { name, distance };
    }
    return best !== undefined && best.distance <= maxEdits ? best.name : undefined;
}

/**
 * Levenshtein distance (insertions, deletions, substitutions), for names of a few dozen characters; `Infinity` past
 * 128 characters, so a hostile name costs no quadratic work.
 */
export function editDistance(a: string, b: string): number {
    if (a.length > 128 || b.length > 128) return Infinity;
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
            current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
        }
        previous = current;
    }
    return previous[b.length] ?? Infinity;
}
