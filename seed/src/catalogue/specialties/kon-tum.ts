import { brocade, orchidStory, orchids } from "./shared"
import { packs, specialty } from "./types"

/** Kon Tum: Ngọc Linh ginseng, sâm dây, bamboo shoots, Đăk Hà coffee, jar wine, Ba Na brocade. */
export const konTumSpecialties = [
  specialty({
    key: "sam-ngoc-linh-kon-tum",
    group: "herbal",
    subgroup: "Dược liệu",
    trade: "Sâm Ngọc Linh",
    vi: "sâm Ngọc Linh",
    en: "Ngoc Linh ginseng",
    districts: ["Tu Mơ Rông", "Đăk Glei"],
    communes: ["Tu Mơ Rông", "Măng Ri", "Ngọk Lây", "Tê Xăng", "Ngọc Linh", "Mường Hoong"],
    flagship: true,
    story: {
      vi: "Người Xơ Đăng trồng sâm dưới tán rừng già trên sườn Ngọc Linh, mỗi vườn được kiểm soát giống và tuổi cây.",
      en: "The Xo Dang grow ginseng under old forest on the slopes of Ngoc Linh; every garden's seed and plant age is checked.",
    },
    kinds: [
      [
        "{s} tươi 5 năm tuổi",
        "fresh five-year-old {s}",
        [
          ["Hộp 100 g", 4300000, 100],
          ["Hộp 250 g", 10500000, 250],
        ],
      ],
      ["{s} ngâm mật ong", "{s} in honey", [["Hũ 500 ml", 1600000, 800]]],
      ["Trà lá {s}", "{s} leaf tea", [["Hộp 50 g", 350000, 80]], "Trà dược liệu"],
    ],
  }),
  specialty({
    key: "sam-day",
    group: "herbal",
    subgroup: "Dược liệu",
    trade: "Dược liệu",
    vi: "sâm dây",
    en: "codonopsis root",
    districts: ["Kon Plông", "Kon Rẫy", "Tu Mơ Rông"],
    story: {
      vi: "Sâm dây leo dưới tán rừng Măng Đen, thu hoạch sau ba năm, rửa sạch và sấy ở nhiệt độ thấp.",
      en: "Climbing codonopsis under the Mang Den forest, harvested after three years, washed and dried at low heat.",
    },
    kinds: [
      ["{s} sấy khô", "dried {s}", packs.herbs],
      ["{s} ngâm mật ong", "{s} in honey", [["Hũ 500 ml", 350000, 800]]],
    ],
  }),
  specialty({
    key: "mang-kon-tum",
    group: "food",
    subgroup: "Rau quả chế biến",
    trade: "Nông sản",
    vi: "măng",
    en: "bamboo shoots",
    districts: ["Kon Rẫy", "Đăk Glei", "Kon Plông", "Sa Thầy"],
    story: {
      vi: "Măng le hái đầu mùa mưa, luộc kỹ rồi phơi nắng hoặc gác bếp theo cách của người Xơ Đăng.",
      en: "Shoots picked at the start of the rains, boiled, then sun-dried or smoked above the hearth the Xo Dang way.",
    },
    kinds: [
      [
        "{s} le khô",
        "dried {s}",
        [
          ["Gói 250 g", 85000, 250],
          ["Gói 500 g", 160000, 500],
        ],
      ],
      ["{s} ớt ngâm", "{s} pickled with chilli", [["Hũ 500 g", 55000, 700]]],
      ["{s} gác bếp", "hearth-smoked {s}", [["Gói 300 g", 110000, 300]]],
    ],
  }),
  specialty({
    key: "ca-phe-dak-ha",
    group: "drink",
    subgroup: "Cà phê",
    trade: "Cà phê",
    vi: "cà phê Robusta",
    en: "Robusta coffee",
    districts: ["Đăk Hà", "Đăk Tô", "Ngọc Hồi", "Kon Tum"],
    story: {
      vi: "Cà phê Đăk Hà trên đất đỏ ven sông Pô Kô, hái chín trên 90% và phơi trên giàn.",
      en: "Dak Ha coffee from the red soil along the Po Ko river, picked over 90 % ripe and rack-dried.",
    },
    kinds: [
      ["{s} rang xay", "ground {s}", packs.coffee],
      ["{s} nguyên hạt rang", "whole-bean roasted {s}", packs.beans],
    ],
  }),
  specialty({
    key: "ruou-can-kon-tum",
    group: "drink",
    subgroup: "Rượu",
    trade: "Rượu cần",
    vi: "rượu cần",
    en: "jar rice wine",
    districts: ["Kon Rẫy", "Sa Thầy", "Đăk Tô"],
    story: {
      vi: "Men rượu làm từ lá rừng và gạo rẫy, ủ trong ché theo công thức truyền qua các thế hệ.",
      en: "Yeast made from forest leaves and upland rice, aged in jars to a recipe handed down the generations.",
    },
    kinds: [
      ["{s} Xơ Đăng", "Xo Dang {s}", packs.jarWine],
      ["{s} Ba Na", "Ba Na {s}", packs.jarWine],
    ],
  }),
  specialty({
    key: "tho-cam-ba-na",
    group: "handicraft",
    subgroup: "Dệt may",
    trade: "Dệt thổ cẩm",
    vi: "thổ cẩm Ba Na",
    en: "Ba Na brocade",
    districts: ["Kon Tum", "Sa Thầy", "Đăk Hà"],
    story: {
      vi: "Nền đen, sọc đỏ và hoa văn trắng của người Ba Na, dệt trên khung dệt đeo lưng.",
      en: "Black ground, red stripes and white motifs of the Ba Na, woven on back-strap looms.",
    },
    kinds: brocade,
  }),
  specialty({
    key: "lan-mang-den",
    group: "ornamental",
    subgroup: "Hoa lan",
    trade: "Hoa lan",
    vi: "lan",
    en: "orchid",
    districts: ["Kon Plông"],
    story: orchidStory,
    kinds: orchids,
  }),
  specialty({
    key: "du-lich-mang-den",
    group: "tourism",
    subgroup: "Du lịch sinh thái",
    trade: "Du lịch sinh thái",
    vi: "rừng thông Măng Đen",
    en: "Mang Den pine forest",
    districts: ["Kon Plông"],
    communes: ["Măng Đen"],
    withPlace: false,
    story: {
      vi: "Cao nguyên mát quanh năm, hồ, thác và làng Xơ Đăng giữa rừng thông.",
      en: "A plateau cool all year, with lakes, waterfalls and Xo Dang villages among the pines.",
    },
    kinds: [
      ["Một ngày ở {s}", "a day in the {s}", packs.dayTour],
      ["Hai ngày một đêm ở {s}", "two days and a night in the {s}", packs.stayTour],
    ],
  }),
  specialty({
    key: "du-lich-kon-k-tu",
    group: "tourism",
    subgroup: "Du lịch cộng đồng",
    trade: "Du lịch cộng đồng",
    vi: "làng Kon K'Tu",
    en: "Kon K'Tu village",
    districts: ["Kon Tum"],
    communes: ["Đăk Rơ Wa"],
    withPlace: false,
    story: {
      vi: "Làng Ba Na bên sông Đăk Bla với nhà rông, nhà sàn cho khách và bữa cơm cơm lam, gà nướng.",
      en: "A Ba Na village on the Dak Bla river, with its communal house, homestays and bamboo rice with grilled chicken.",
    },
    kinds: [["Một ngày ở {s}", "a day at {s}", packs.dayTour]],
  }),
]
