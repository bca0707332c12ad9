/** The 21 municipalities of the Region Hannover: residents declare one, polls may be restricted to one. */
export const REGION_MUNICIPALITIES = [
  'Hannover', 'Barsinghausen', 'Burgdorf', 'Burgwedel', 'Garbsen', 'Gehrden', 'Hemmingen', 'Isernhagen', 'Laatzen',
  'Langenhagen', 'Lehrte', 'Neustadt am Rübenberge', 'Pattensen', 'Ronnenberg', 'Seelze', 'Sehnde', 'Springe', 'Uetze',
  'Wedemark', 'Wennigsen', 'Wunstorf',
] as const;
