// The maintained list of board specialties and which of them may review each other's
// cases. Loaded into the Specialty and SpecialtySimilarity tables; editable there.
export const SPECIALTIES: [code: string, name: string][] = [
  ["PMR", "Physical Medicine & Rehabilitation"],
  ["PAIN", "Pain Medicine"],
  ["ANES", "Anesthesiology"],
  ["ORTH", "Orthopaedic Surgery"],
  ["NSURG", "Neurological Surgery"],
  ["NEURO", "Neurology"],
  ["OCC", "Occupational Medicine"],
  ["FM", "Family Medicine"],
  ["IM", "Internal Medicine"],
  ["PSY", "Psychiatry"],
  ["RHEUM", "Rheumatology"],
  ["PLAS", "Plastic Surgery"],
];

/** Unordered pairs; stored both ways. */
export const SIMILAR_SPECIALTIES: [string, string][] = [
  ["PMR", "PAIN"],
  ["ANES", "PAIN"],
  ["ORTH", "NSURG"],
  ["OCC", "FM"],
  ["OCC", "IM"],
  ["FM", "IM"],
  ["NEURO", "PMR"],
];
