import { orchidStory, orchids } from "./shared"
import { packs, specialty } from "./types"

/** Điện Biên: Mường Thanh rice, Tủa Chùa tea, macadamia, Arabica, Thái brocade, smoked buffalo. */
export const dienBienSpecialties = [
  specialty({
    key: "gao-dien-bien",
    group: "food",
    subgroup: "Lương thực",
    trade: "Nông nghiệp",
    vi: "gạo Điện Biên",
    en: "Dien Bien rice",
    districts: ["Điện Biên"],
    flagship: true,
    story: {
      vi: "Cánh đồng Mường Thanh, lớn nhất Tây Bắc, được tưới bằng nước sông Nậm Rốm; gạo trong, cơm dẻo thơm.",
      en: "The Muong Thanh valley, the northwest's largest, watered by the Nam Rom: clear grains, soft and fragrant.",
    },
    kinds: [
      ["{s} Bắc thơm số 7", "Bac Thom 7 {s}", packs.rice],
      ["{s} tẻ dẻo", "soft {s}", packs.rice],
      [
        "{s} nếp tan",
        "sticky {s} (nếp tan)",
        [
          ["Túi 2 kg", 90000, 2000],
          ["Túi 5 kg", 215000, 5000],
        ],
      ],
    ],
  }),
  specialty({
    key: "che-shan-tuyet-tua-chua",
    group: "drink",
    subgroup: "Chè",
    trade: "Chè",
    vi: "chè Shan tuyết",
    en: "Shan Tuyet tea",
    districts: ["Tủa Chùa"],
    flagship: true,
    story: {
      vi: "Chè cổ thụ hàng trăm năm tuổi trên cao nguyên đá Tủa Chùa, người Mông hái búp và sao tay.",
      en: "Centuries-old tea trees on the Tua Chua stone plateau, their buds picked and hand-fired by the Hmong.",
    },
    kinds: [
      ["{s} búp", "{s}, buds", packs.tea],
      [
        "{s} cổ thụ",
        "ancient-tree {s}",
        [
          ["Gói 100 g", 230000, 100],
          ["Hộp 200 g", 440000, 220],
        ],
      ],
    ],
  }),
  specialty({
    key: "mac-ca-dien-bien",
    group: "food",
    subgroup: "Hạt",
    trade: "Mắc ca",
    vi: "mắc ca",
    en: "macadamia",
    districts: ["Tuần Giáo", "Mường Ảng", "Tủa Chùa", "Điện Biên Đông"],
    story: {
      vi: "Mắc ca trồng trên đất dốc thay cây ngô, giữ đất và cho hạt béo thơm sau sáu năm.",
      en: "Macadamia planted on slopes in place of maize, holding the soil and bearing rich nuts after six years.",
    },
    kinds: [
      ["Hạt {s} nứt vỏ sấy", "cracked-shell {s} nuts", packs.nuts],
      ["Nhân {s} rang muối", "salted {s} kernels", [["Hũ 200 g", 150000, 200]]],
    ],
  }),
  specialty({
    key: "ca-phe-muong-ang",
    group: "drink",
    subgroup: "Cà phê",
    trade: "Cà phê",
    vi: "cà phê Arabica",
    en: "Arabica coffee",
    districts: ["Mường Ảng", "Tuần Giáo", "Mường Chà"],
    story: {
      vi: "Arabica trên núi cao Mường Ảng, chín chậm trong khí hậu mát nên hương thơm và vị chua thanh.",
      en: "Arabica high in the Muong Ang hills, ripening slowly in the cool air for a fragrant, bright cup.",
    },
    kinds: [
      [
        "{s} rang xay",
        "ground {s}",
        [
          ["250 g", 120000, 250],
          ["500 g", 230000, 500],
        ],
      ],
      [
        "{s} nguyên hạt rang",
        "whole-bean roasted {s}",
        [
          ["250 g", 130000, 250],
          ["500 g", 250000, 500],
        ],
      ],
    ],
  }),
  specialty({
    key: "tho-cam-thai",
    group: "handicraft",
    subgroup: "Dệt may",
    trade: "Dệt thổ cẩm",
    vi: "thổ cẩm Thái",
    en: "Thai brocade",
    districts: ["Điện Biên Phủ", "Điện Biên", "Tuần Giáo", "Mường Chà"],
    story: {
      vi: "Phụ nữ Thái trắng dệt khăn piêu và túi với hoa văn cây trám, con rắn, hoa ban.",
      en: "White Thai women weave piêu scarves and bags in motifs of the trám tree, the snake and the ban flower.",
    },
    kinds: [
      ["Khăn piêu {s}", "{s} piêu scarf", [["Khăn 30×150 cm", 320000, 200]]],
      ["Túi {s}", "{s} bag", packs.bag],
      ["Khăn trải bàn {s}", "{s} table runner", packs.runner],
    ],
  }),
  specialty({
    key: "thit-trau-gac-bep",
    group: "food",
    subgroup: "Thực phẩm chế biến",
    trade: "Thực phẩm",
    vi: "thịt trâu gác bếp",
    en: "smoked buffalo jerky",
    districts: ["Điện Biên", "Tuần Giáo", "Mường Ảng"],
    story: {
      vi: "Thịt trâu tẩm mắc khén, gừng, ớt rồi hun trên gác bếp nhiều ngày theo cách người Thái.",
      en: "Buffalo meat rubbed with mắc khén pepper, ginger and chilli, smoked above the hearth for days the Thai way.",
    },
    kinds: [
      [
        "{s}",
        "{s}",
        [
          ["Gói 250 g", 230000, 250],
          ["Gói 500 g", 450000, 500],
        ],
      ],
      ["{s} xé sợi", "shredded {s}", [["Hũ 200 g", 190000, 250]]],
    ],
  }),
  specialty({
    key: "giao-co-lam",
    group: "herbal",
    subgroup: "Trà dược liệu",
    trade: "Dược liệu",
    vi: "giảo cổ lam",
    en: "jiaogulan",
    districts: ["Tuần Giáo", "Tủa Chùa", "Mường Chà"],
    story: {
      vi: "Giảo cổ lam năm lá trồng dưới tán rừng, thu hái thủ công và sấy ở nhiệt độ thấp.",
      en: "Five-leaf jiaogulan grown under the forest, hand-picked and dried at low heat.",
    },
    kinds: [
      [
        "Trà {s}",
        "{s} tea",
        [
          ["Gói 200 g", 90000, 200],
          ["Hộp 25 túi lọc", 70000, 80],
        ],
      ],
      ["{s} khô", "dried {s}", packs.herbs],
    ],
  }),
  specialty({
    key: "lan-dien-bien",
    group: "ornamental",
    subgroup: "Hoa lan",
    trade: "Hoa lan",
    vi: "lan",
    en: "orchid",
    districts: ["Điện Biên Phủ", "Tuần Giáo"],
    story: orchidStory,
    kinds: orchids,
  }),
  specialty({
    key: "du-lich-muong-phang",
    group: "tourism",
    subgroup: "Du lịch cộng đồng",
    trade: "Du lịch cộng đồng",
    vi: "Mường Phăng",
    en: "Muong Phang",
    districts: ["Điện Biên Phủ"],
    communes: ["Mường Phăng"],
    withPlace: false,
    story: {
      vi: "Bản Thái bên rừng Mường Phăng, nơi đặt Sở chỉ huy chiến dịch năm 1954, mùa xuân trắng hoa ban.",
      en: "Thai villages by the Muong Phang forest, where the 1954 campaign was commanded, white with ban flowers in spring.",
    },
    kinds: [
      ["Một ngày ở {s}", "a day in {s}", packs.dayTour],
      ["Hai ngày một đêm ở {s}", "two days and a night in {s}", packs.stayTour],
    ],
  }),
  specialty({
    key: "du-lich-him-lam",
    group: "tourism",
    subgroup: "Du lịch cộng đồng",
    trade: "Du lịch cộng đồng",
    vi: "bản Him Lam",
    en: "Him Lam village",
    districts: ["Điện Biên Phủ"],
    communes: ["Him Lam"],
    withPlace: false,
    story: {
      vi: "Bản Thái với nhà sàn đón khách, múa xòe và mâm cơm cá nướng pa pỉnh tộp.",
      en: "A Thai village of stilt-house homestays, xòe dances and meals of grilled pa pỉnh tộp fish.",
    },
    kinds: [["Một ngày ở {s}", "a day at {s}", packs.dayTour]],
  }),
]
