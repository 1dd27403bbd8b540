/**
 * The argument a mistyped name most likely meant: the same name in another spelling (`datasetID`, `dataset_id`), or
 * the one nearest by edits (`taskNmae`), within a third of its length.
 */
import { editDistance } from "../nearest-name";

/** The name of `known` that `name` most likely stands for, if one is close enough. */
export function closestName(name: string, known: readonly string[]): string | undefined {
    const spelling = (s: string) => s.toLowerCase().replace(/[_-]/g, "");
    const sameSpelling = known.find((candidate) => spelling(candidate) === spelling(name));
    if (sameSpelling !== undefined) return sameSpelling;
    let best: { readonly name: string; readonly distance: number } | undefined;
    for (const candidate of known) {
        const distance = editDistance(spelling(name), spelling(candidate));
        if (distance <= Math.floor(candidate.length / 3) && (best === undefined || distance < best.distance)) {
            best = { name: candidate, distance };
        }
    }
    return best?.name;
}
