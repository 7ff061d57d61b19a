import { brocade, orchidStory, orchids } from "./shared"
import { packs, specialty } from "./types"

/** Lai Châu: Shan tuyết tea, Lai Châu ginseng, Séng Cù rice, black cardamom, Lự brocade. */
export const laiChauSpecialties = [
  specialty({
    key: "che-shan-tuyet-lai-chau",
    group: "drink",
    subgroup: "Chè",
    trade: "Chè",
    vi: "chè Shan tuyết",
    en: "Shan Tuyet tea",
    districts: ["Tam Đường", "Sìn Hồ", "Tân Uyên", "Phong Thổ"],
    flagship: true,
    story: {
      vi: "Búp chè từ những cây chè cổ thụ phủ lông trắng như tuyết, sao thủ công trên chảo gang.",
      en: "Buds from ancient tea trees, covered in snow-white down and pan-fired by hand in cast iron.",
    },
    kinds: [
      ["{s} búp", "{s}, buds", packs.tea],
      [
        "{s} cổ thụ",
        "ancient-tree {s}",
        [
          ["Gói 100 g", 220000, 100],
          ["Hộp 200 g", 420000, 220],
        ],
      ],
      ["Hồng trà {s}", "red {s} (fermented)", [["Hộp 100 g", 200000, 120]]],
      ["Bạch trà {s}", "white {s}", [["Hộp 50 g", 280000, 80]]],
    ],
  }),
  specialty({
    key: "sam-lai-chau",
    group: "herbal",
    subgroup: "Dược liệu",
    trade: "Sâm",
    vi: "sâm Lai Châu",
    en: "Lai Chau ginseng",
    districts: ["Mường Tè", "Nậm Nhùn", "Sìn Hồ"],
    withPlace: false,
    story: {
      vi: "Sâm Lai Châu trồng dưới tán rừng ở độ cao trên 1.600 m, giống được bảo tồn từ cây mẹ trong rừng.",
      en: "Lai Chau ginseng grown under forest above 1,600 m, from seed conserved from wild mother plants.",
    },
    kinds: [
      ["{s} tươi", "fresh {s}", [["Hộp 100 g", 3500000, 100]]],
      ["{s} ngâm mật ong", "{s} in honey", [["Hũ 500 ml", 1300000, 800]]],
      ["Trà hoa {s}", "{s} flower tea", [["Hộp 30 g", 250000, 60]], "Trà dược liệu"],
    ],
  }),
  specialty({
    key: "gao-seng-cu",
    group: "food",
    subgroup: "Lương thực",
    trade: "Nông nghiệp",
    vi: "gạo Séng Cù",
    en: "Seng Cu rice",
    districts: ["Than Uyên", "Tân Uyên", "Tam Đường"],
    story: {
      vi: "Lúa Séng Cù cấy một vụ trên ruộng bậc thang, hạt dài, cơm dẻo và thơm khi nguội.",
      en: "Seng Cu rice planted once a year on the terraces: long grains, soft and fragrant even when cool.",
    },
    kinds: [
      ["{s}", "{s}", packs.rice],
      [
        "{s} lứt",
        "brown {s}",
        [
          ["Túi 2 kg", 80000, 2000],
          ["Túi 5 kg", 190000, 5000],
        ],
      ],
    ],
  }),
  specialty({
    key: "thao-qua",
    group: "food",
    subgroup: "Gia vị",
    trade: "Thảo quả",
    vi: "thảo quả",
    en: "black cardamom",
    districts: ["Phong Thổ", "Sìn Hồ", "Mường Tè", "Tam Đường"],
    story: {
      vi: "Thảo quả mọc dưới tán rừng già, hái khi quả chuyển đỏ và sấy trên gác bếp.",
      en: "Black cardamom growing under old forest, picked as the pods turn red and dried above the hearth.",
    },
    kinds: [
      [
        "{s} khô",
        "dried {s}",
        [
          ["Gói 200 g", 70000, 200],
          ["Gói 500 g", 160000, 500],
        ],
      ],
      ["Bột {s}", "ground {s}", [["Hũ 100 g", 45000, 100]]],
    ],
  }),
  specialty({
    key: "tho-cam-lu",
    group: "handicraft",
    subgroup: "Dệt may",
    trade: "Dệt thổ cẩm",
    vi: "thổ cẩm Lự",
    en: "Lu brocade",
    districts: ["Tam Đường", "Sìn Hồ", "Phong Thổ"],
    story: {
      vi: "Người Lự tự trồng bông, kéo sợi, nhuộm chàm và dệt hoa văn hình học tinh tế.",
      en: "The Lu grow their own cotton, spin, dye with indigo and weave fine geometric motifs.",
    },
    kinds: brocade,
  }),
  specialty({
    key: "lan-lai-chau",
    group: "ornamental",
    subgroup: "Hoa lan",
    trade: "Hoa lan",
    vi: "lan",
    en: "orchid",
    districts: ["Tam Đường", "Tân Uyên"],
    story: orchidStory,
    kinds: orchids,
  }),
  specialty({
    key: "du-lich-sin-suoi-ho",
    group: "tourism",
    subgroup: "Du lịch cộng đồng",
    trade: "Du lịch cộng đồng",
    vi: "bản Sin Suối Hồ",
    en: "Sin Suoi Ho village",
    districts: ["Phong Thổ"],
    communes: ["Sin Suối Hồ"],
    withPlace: false,
    story: {
      vi: "Bản người Mông giữa rừng lan, thác Tình Yêu và cầu mây, nhà homestay do chính người bản vận hành.",
      en: "A Hmong village among orchid woods, the Love waterfall and a cloud bridge, with homestays run by the villagers.",
    },
    kinds: [
      ["Một ngày ở {s}", "a day at {s}", packs.dayTour],
      ["Hai ngày một đêm ở {s}", "two days and a night at {s}", packs.stayTour],
    ],
  }),
  specialty({
    key: "du-lich-ban-hon",
    group: "tourism",
    subgroup: "Du lịch cộng đồng",
    trade: "Du lịch cộng đồng",
    vi: "bản Hon",
    en: "Hon village",
    districts: ["Tam Đường"],
    communes: ["Bản Hon"],
    withPlace: false,
    story: {
      vi: "Bản người Dao và Lự dưới chân núi, khách học nhuộm chàm và tắm lá thuốc người Dao.",
      en: "A Dao and Lu village at the foot of the mountains: learn indigo dyeing and take a Dao herbal bath.",
    },
    kinds: [["Một ngày ở {s}", "a day at {s}", packs.dayTour]],
  }),
]
