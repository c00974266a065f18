// The case table's columns left out below a width, for a column's header and its cells alike:
// from 640 px, 768 px, 1024 px.
export const NOT_NARROW = "hidden sm:table-cell";
export const WIDE = "hidden md:table-cell";
export const WIDER = "hidden lg:table-cell";
