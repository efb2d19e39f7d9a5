// How an administrative unit is written. Units are stored with their type in lower case ("xã", "tỉnh",
// "thành phố", "huyện") apart from their name, so no label ever needs to be parsed back into its parts.

export interface UnitParts {
  type: string;
  name: string;
}

/** "Xã Bình Lư", "Tỉnh Lai Châu": the label of a unit on a screen or in a table. */
export const unitLabel = (u: UnitParts): string =>
  u.type ? `${u.type.charAt(0).toUpperCase()}${u.type.slice(1)} ${u.name}` : u.name;

/** "xã Bình Lư", "tỉnh Lai Châu": a unit inside a sentence or an address. */
export const unitInText = (u: UnitParts): string => `${u.type} ${u.name}`;
