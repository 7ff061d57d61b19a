export type ProductGroup = "food" | "drink" | "herbal" | "handicraft" | "ornamental" | "tourism"
