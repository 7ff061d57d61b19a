import type { Province } from "./types"

/** Quảng Nam (since 1 July 2025 part of Đà Nẵng city), as its OCOP plan knew it. */
export const quangNam: Province = {
  name: "Quảng Nam",
  code: "QNM",
  districts: [
    {
      name: "Tam Kỳ",
      lat: 15.5736,
      lng: 108.474,
      communes: ["An Mỹ", "An Sơn", "Hòa Hương", "Tam Thanh", "Tam Phú"],
    },
    {
      name: "Hội An",
      lat: 15.8801,
      lng: 108.338,
      communes: ["Minh An", "Cẩm Châu", "Cẩm Thanh", "Cẩm Hà", "Thanh Hà", "Tân Hiệp"],
    },
    {
      name: "Điện Bàn",
      lat: 15.89,
      lng: 108.247,
      communes: ["Vĩnh Điện", "Điện Phương", "Điện Minh", "Điện Nam Bắc", "Điện Thắng Trung"],
    },
    {
      name: "Duy Xuyên",
      lat: 15.8,
      lng: 108.25,
      communes: ["Nam Phước", "Duy Trinh", "Duy Sơn", "Duy Vinh", "Duy Phú"],
    },
    {
      name: "Đại Lộc",
      lat: 15.88,
      lng: 108.09,
      communes: ["Ái Nghĩa", "Đại Hiệp", "Đại Thắng", "Đại Đồng", "Đại Hồng"],
    },
    {
      name: "Quế Sơn",
      lat: 15.7,
      lng: 108.19,
      communes: ["Đông Phú", "Quế Phú", "Quế Châu", "Quế Xuân"],
    },
    {
      name: "Nông Sơn",
      lat: 15.7,
      lng: 108.03,
      communes: ["Trung Phước", "Quế Trung", "Quế Lộc", "Phước Ninh"],
    },
    {
      name: "Thăng Bình",
      lat: 15.73,
      lng: 108.36,
      communes: ["Hà Lam", "Bình Triều", "Bình Dương", "Bình Sa"],
    },
    {
      name: "Phú Ninh",
      lat: 15.53,
      lng: 108.41,
      communes: ["Phú Thịnh", "Tam Đàn", "Tam Lãnh", "Tam Dân"],
    },
    {
      name: "Núi Thành",
      lat: 15.43,
      lng: 108.66,
      communes: ["Núi Thành", "Tam Hải", "Tam Nghĩa", "Tam Tiến"],
    },
    {
      name: "Tiên Phước",
      lat: 15.48,
      lng: 108.3,
      communes: ["Tiên Kỳ", "Tiên Cảnh", "Tiên Lập", "Tiên Lãnh", "Tiên Sơn"],
    },
    { name: "Hiệp Đức", lat: 15.58, lng: 108.11, communes: ["Tân Bình", "Quế Thọ", "Phước Trà"] },
    {
      name: "Bắc Trà My",
      lat: 15.35,
      lng: 108.22,
      communes: ["Trà My", "Trà Sơn", "Trà Giang", "Trà Đốc", "Trà Tân", "Trà Bui"],
    },
    {
      name: "Nam Trà My",
      lat: 15.05,
      lng: 108.05,
      communes: ["Trà Linh", "Trà Nam", "Trà Cang", "Trà Tập", "Trà Mai"],
    },
    {
      name: "Phước Sơn",
      lat: 15.39,
      lng: 107.84,
      communes: ["Khâm Đức", "Phước Mỹ", "Phước Xuân"],
    },
    {
      name: "Nam Giang",
      lat: 15.65,
      lng: 107.6,
      communes: ["Thạnh Mỹ", "Zuôih", "Tà Bhing", "Cà Dy", "La Dêê"],
    },
    {
      name: "Đông Giang",
      lat: 15.95,
      lng: 107.75,
      communes: ["Prao", "A Ting", "Sông Kôn", "Tà Lu", "Za Hung"],
    },
    {
      name: "Tây Giang",
      lat: 15.87,
      lng: 107.49,
      communes: ["A Tiêng", "Bhalêê", "Lăng", "Dang", "A Xan"],
    },
  ],
}
