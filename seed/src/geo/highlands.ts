import type { Province } from "./types"

/** Kon Tum (since 1 July 2025 part of Quảng Ngãi), as its OCOP plan knew it. */
export const konTum: Province = {
  name: "Kon Tum",
  code: "KTM",
  districts: [
    {
      name: "Kon Tum",
      lat: 14.35,
      lng: 108.0,
      communes: ["Quyết Thắng", "Thắng Lợi", "Ngô Mây", "Đăk Rơ Wa", "Ia Chim", "Đăk Blà"],
    },
    {
      name: "Đăk Hà",
      lat: 14.52,
      lng: 107.93,
      communes: ["Đăk Hà", "Hà Mòn", "Đăk La", "Đăk Mar", "Ngọk Wang", "Đăk Ui"],
    },
    {
      name: "Kon Rẫy",
      lat: 14.55,
      lng: 108.2,
      communes: ["Đắk Rve", "Đắk Ruồng", "Tân Lập", "Đắk Tờ Re", "Đắk Kôi"],
    },
    {
      name: "Kon Plông",
      lat: 14.67,
      lng: 108.35,
      communes: ["Măng Đen", "Hiếu", "Măng Cành", "Đắk Long", "Pờ Ê"],
    },
    {
      name: "Tu Mơ Rông",
      lat: 14.9,
      lng: 107.95,
      communes: ["Tu Mơ Rông", "Măng Ri", "Ngọk Lây", "Tê Xăng", "Văn Xuôi"],
    },
    {
      name: "Đăk Tô",
      lat: 14.7,
      lng: 107.83,
      communes: ["Đăk Tô", "Diên Bình", "Tân Cảnh", "Pô Kô", "Kon Đào"],
    },
    {
      name: "Ngọc Hồi",
      lat: 14.7,
      lng: 107.65,
      communes: ["Plei Kần", "Đăk Dục", "Đăk Nông", "Bờ Y", "Sa Loong"],
    },
    {
      name: "Đăk Glei",
      lat: 15.09,
      lng: 107.73,
      communes: ["Đăk Glei", "Ngọc Linh", "Mường Hoong", "Đăk Man", "Xốp"],
    },
    {
      name: "Sa Thầy",
      lat: 14.42,
      lng: 107.79,
      communes: ["Sa Thầy", "Sa Sơn", "Rờ Kơi", "Ya Xiêr", "Mô Rai"],
    },
  ],
}

export const laiChau: Province = {
  name: "Lai Châu",
  code: "LCU",
  districts: [
    {
      name: "Lai Châu",
      lat: 22.396,
      lng: 103.458,
      communes: ["Tân Phong", "Đoàn Kết", "Quyết Thắng", "San Thàng"],
    },
    {
      name: "Tam Đường",
      lat: 22.35,
      lng: 103.6,
      communes: ["Tam Đường", "Bình Lư", "Bản Hon", "Sơn Bình", "Thèn Sin", "Hồ Thầu", "Bản Giang"],
    },
    {
      name: "Sìn Hồ",
      lat: 22.36,
      lng: 103.24,
      communes: ["Sìn Hồ", "Pu Sam Cáp", "Tả Phìn", "Nậm Tăm", "Chăn Nưa", "Pa Tần"],
    },
    {
      name: "Phong Thổ",
      lat: 22.53,
      lng: 103.36,
      communes: ["Phong Thổ", "Sin Suối Hồ", "Dào San", "Mường So", "Khổng Lào", "Lản Nhì Thàng"],
    },
    {
      name: "Than Uyên",
      lat: 21.95,
      lng: 103.89,
      communes: ["Than Uyên", "Mường Kim", "Mường Than", "Phúc Than", "Mường Cang", "Ta Gia"],
    },
    {
      name: "Tân Uyên",
      lat: 22.17,
      lng: 103.74,
      communes: ["Tân Uyên", "Mường Khoa", "Pắc Ta", "Nậm Sỏ", "Trung Đồng"],
    },
    {
      name: "Mường Tè",
      lat: 22.38,
      lng: 102.83,
      communes: ["Mường Tè", "Bum Tở", "Ka Lăng", "Pa Vệ Sử", "Tà Tổng"],
    },
    {
      name: "Nậm Nhùn",
      lat: 22.17,
      lng: 103.0,
      communes: ["Nậm Nhùn", "Lê Lợi", "Nậm Hàng", "Mường Mô"],
    },
  ],
}

export const dienBien: Province = {
  name: "Điện Biên",
  code: "DBN",
  districts: [
    {
      name: "Điện Biên Phủ",
      lat: 21.386,
      lng: 103.023,
      communes: [
        "Him Lam",
        "Mường Thanh",
        "Tân Thanh",
        "Thanh Bình",
        "Noong Bua",
        "Mường Phăng",
        "Nà Tấu",
      ],
    },
    {
      name: "Điện Biên",
      lat: 21.3,
      lng: 103.02,
      communes: [
        "Thanh Xương",
        "Thanh An",
        "Thanh Nưa",
        "Thanh Chăn",
        "Noong Luống",
        "Sam Mứn",
        "Núa Ngam",
      ],
    },
    {
      name: "Mường Ảng",
      lat: 21.52,
      lng: 103.22,
      communes: ["Mường Ảng", "Ẳng Nưa", "Ẳng Tở", "Búng Lao", "Xuân Lao"],
    },
    {
      name: "Tủa Chùa",
      lat: 21.86,
      lng: 103.35,
      communes: ["Tủa Chùa", "Tủa Thàng", "Sính Phình", "Sín Chải", "Xá Nhè"],
    },
    {
      name: "Tuần Giáo",
      lat: 21.59,
      lng: 103.42,
      communes: ["Tuần Giáo", "Quài Cang", "Chiềng Sinh", "Mùn Chung", "Nà Sáy"],
    },
    {
      name: "Điện Biên Đông",
      lat: 21.25,
      lng: 103.25,
      communes: ["Điện Biên Đông", "Keo Lôm", "Na Son", "Phình Giàng"],
    },
    {
      name: "Mường Chà",
      lat: 21.81,
      lng: 103.05,
      communes: ["Mường Chà", "Sa Lông", "Huổi Lèng", "Ma Thì Hồ"],
    },
    {
      name: "Mường Nhé",
      lat: 22.18,
      lng: 102.48,
      communes: ["Mường Nhé", "Chung Chải", "Sín Thầu"],
    },
  ],
}
