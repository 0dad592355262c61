export type { VillageIdentity } from "./identify-village";
export { identifyVillage } from "./identify-village";
export type { CrossVillageDuplicate, VillageWorkerRef } from "./cross-village-duplicates";
export { findCrossVillageDuplicates } from "./cross-village-duplicates";
