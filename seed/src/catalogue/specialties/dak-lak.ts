import { packs, specialty } from "./types"

const coffeeDistricts = [
  "Cư M'gar",
  "Krông Pắc",
  "Krông Năng",
  "Ea Kar",
  "Cư Kuin",
  "Buôn Hồ",
  "Krông Búk",
  "Ea H'leo",
  "Krông Ana",
  "Buôn Ma Thuột",
]

/** Đắk Lắk: coffee, pepper, durian, avocado, macadamia, honey, cocoa, Ê Đê crafts, community tourism. */
export const dakLakSpecialties = [
  specialty({
    key: "ca-phe-robusta",
    group: "drink",
    subgroup: "Cà phê",
    trade: "Cà phê",
    vi: "cà phê Robusta",
    en: "Robusta coffee",
    districts: coffeeDistricts,
    flagship: true,
    story: {
      vi: "Robusta trồng trên đất đỏ bazan, chỉ hái quả chín, phơi trên giàn tre và rang mộc, không tẩm hương liệu.",
      en: "Robusta grown on red basalt soil, picked only when ripe, dried on bamboo racks and roasted with nothing added.",
    },
    kinds: [
      ["{s} rang xay", "ground {s}", packs.coffee],
      ["{s} nguyên hạt rang", "whole-bean roasted {s}", packs.beans],
      ["{s} phin giấy", "{s} drip bags", packs.dripBags],
      ["{s} hòa tan 3 trong 1", "3-in-1 instant {s}", [["Hộp 18 gói", 65000, 340]]],
    ],
  }),
  specialty({
    key: "ca-phe-arabica",
    group: "drink",
    subgroup: "Cà phê",
    trade: "Cà phê",
    vi: "cà phê Arabica",
    en: "Arabica coffee",
    districts: ["M'Đrắk", "Krông Bông", "Lắk"],
    story: {
      vi: "Arabica trên những sườn đồi cao của dãy Chư Yang Sin, chế biến ướt để giữ vị chua thanh và hương hoa.",
      en: "Arabica from the high slopes of the Chu Yang Sin range, wet-processed to keep its bright acidity and floral aroma.",
    },
    kinds: [
      [
        "{s} rang xay",
        "ground {s}",
        [
          ["250 g", 130000, 250],
          ["500 g", 250000, 500],
        ],
      ],
      [
        "{s} nguyên hạt rang",
        "whole-bean roasted {s}",
        [
          ["250 g", 140000, 250],
          ["500 g", 270000, 500],
        ],
      ],
      ["{s} phin giấy", "{s} drip bags", [["Hộp 10 gói", 120000, 150]]],
    ],
  }),
  specialty({
    key: "ho-tieu",
    group: "food",
    subgroup: "Gia vị",
    trade: "Hồ tiêu",
    vi: "tiêu",
    en: "pepper",
    districts: ["Cư M'gar", "Krông Búk", "Ea H'leo", "Krông Năng", "Buôn Hồ", "Ea Súp"],
    story: {
      vi: "Tiêu leo trên trụ sống giữa vườn cà phê, thu hái thủ công khi chùm có vài hạt đỏ, phơi trên sân sạch.",
      en: "Vines climb living posts among the coffee, picked by hand when a few corns turn red and dried on clean yards.",
    },
    kinds: [
      ["{s} đen hạt", "black {s} corns", packs.pepper],
      [
        "{s} đỏ chín cây",
        "tree-ripened red {s}",
        [
          ["Hũ 100 g", 75000, 100],
          ["Túi 250 g", 170000, 250],
        ],
      ],
      [
        "{s} sọ (tiêu trắng)",
        "white {s}",
        [
          ["Hũ 100 g", 65000, 100],
          ["Túi 250 g", 150000, 250],
        ],
      ],
      [
        "{s} đen xay",
        "ground black {s}",
        [
          ["Hũ 50 g", 28000, 50],
          ["Hũ 100 g", 48000, 100],
        ],
      ],
    ],
  }),
  specialty({
    key: "sau-rieng",
    group: "food",
    subgroup: "Rau quả tươi",
    trade: "Sầu riêng",
    vi: "sầu riêng",
    en: "durian",
    districts: ["Krông Pắc", "Cư Kuin", "Krông Năng", "Ea Kar", "Krông Ana"],
    flagship: true,
    story: {
      vi: "Sầu riêng chín cây, chỉ cắt khi trái đủ ngày, cơm vàng, hạt lép, vị béo ngọt của đất bazan.",
      en: "Tree-ripened durian, cut only when the fruit has its full days: golden flesh, small seeds, the rich sweetness of basalt soil.",
    },
    kinds: [
      [
        "{s} Ri6",
        "Ri6 {s}",
        [
          ["1 kg", 110000, 1000],
          ["Trái ~3 kg", 320000, 3000],
        ],
      ],
      [
        "{s} Dona",
        "Monthong {s}",
        [
          ["1 kg", 120000, 1000],
          ["Trái ~4 kg", 460000, 4000],
        ],
      ],
      [
        "Cơm {s} cấp đông",
        "frozen {s} pulp",
        [
          ["Hộp 500 g", 190000, 500],
          ["Hộp 1 kg", 360000, 1000],
        ],
        "Rau quả chế biến",
      ],
      [
        "{s} sấy giòn",
        "crispy dried {s}",
        [
          ["Túi 100 g", 95000, 100],
          ["Túi 250 g", 220000, 250],
        ],
        "Rau quả chế biến",
      ],
    ],
  }),
  specialty({
    key: "bo",
    group: "food",
    subgroup: "Rau quả tươi",
    trade: "Nông sản",
    vi: "bơ",
    en: "avocado",
    districts: ["Krông Năng", "Cư M'gar", "Krông Pắc", "Ea Kar", "Buôn Hồ"],
    story: {
      vi: "Bơ trồng xen trong vườn cà phê, hái già rồi để chín tự nhiên, thịt dẻo, béo như bơ sữa.",
      en: "Avocados grown among the coffee, picked mature and left to ripen naturally: dense, buttery flesh.",
    },
    kinds: [
      ["{s} booth", "Booth {s}", packs.fruit],
      [
        "{s} sáp 034",
        "034 butter {s}",
        [
          ["1 kg", 70000, 1000],
          ["Thùng 5 kg", 330000, 5000],
        ],
      ],
      [
        "Dầu {s} ép lạnh",
        "cold-pressed {s} oil",
        [
          ["Chai 100 ml", 120000, 150],
          ["Chai 250 ml", 260000, 330],
        ],
        "Thực phẩm chế biến",
      ],
    ],
  }),
  specialty({
    key: "mac-ca",
    group: "food",
    subgroup: "Hạt",
    trade: "Mắc ca",
    vi: "mắc ca",
    en: "macadamia",
    districts: ["Krông Năng", "Ea H'leo", "Cư M'gar", "Krông Búk"],
    story: {
      vi: "Mắc ca trồng làm cây che bóng cho cà phê, sấy nứt vỏ bằng lò nhiệt thấp để giữ vị béo bùi.",
      en: "Macadamia planted as shade for the coffee, dried and cracked at low heat to keep its creamy taste.",
    },
    kinds: [
      ["Hạt {s} nứt vỏ sấy", "cracked-shell {s} nuts", packs.nuts],
      [
        "Nhân {s} rang muối",
        "salted {s} kernels",
        [
          ["Hũ 200 g", 150000, 200],
          ["Hũ 500 g", 350000, 500],
        ],
      ],
    ],
  }),
  specialty({
    key: "mat-ong",
    group: "food",
    subgroup: "Mật ong",
    trade: "Mật ong",
    vi: "mật ong",
    en: "honey",
    districts: ["Ea Kar", "Krông Bông", "Cư M'gar", "M'Đrắk", "Ea Súp", "Krông Năng"],
    story: {
      vi: "Đàn ong được đặt giữa vườn cà phê mùa hoa tháng Ba và bìa rừng khộp, mật lấy khi đã đủ già.",
      en: "Hives sit among the coffee in the March bloom and at the edge of the dry forest; honey is taken only when mature.",
    },
    kinds: [
      ["{s} hoa cà phê", "coffee-blossom {s}", packs.honey],
      [
        "{s} rừng khộp",
        "dry-forest wild {s}",
        [
          ["Chai 500 ml", 220000, 700],
          ["Chai 1 lít", 420000, 1400],
        ],
      ],
      ["{s} hoa keo", "acacia {s}", packs.honey],
      ["Sữa ong chúa", "royal jelly", [["Hũ 100 g", 180000, 150]]],
    ],
  }),
  specialty({
    key: "ca-cao",
    group: "food",
    subgroup: "Thực phẩm chế biến",
    trade: "Ca cao",
    vi: "ca cao",
    en: "cocoa",
    districts: ["Krông Ana", "Cư M'gar", "Ea Kar", "Krông Pắc", "Buôn Ma Thuột"],
    story: {
      vi: "Hạt ca cao lên men sáu ngày trong thùng gỗ, phơi nắng rồi rang và nghiền chậm tại xưởng nhỏ.",
      en: "Cocoa beans fermented six days in wooden boxes, sun-dried, then roasted and slowly ground in a small workshop.",
    },
    kinds: [
      [
        "Bột {s} nguyên chất",
        "pure {s} powder",
        [
          ["Hộp 250 g", 120000, 250],
          ["Túi 500 g", 220000, 500],
        ],
      ],
      [
        "Sô-cô-la đen 70%",
        "70% dark chocolate",
        [
          ["Thanh 50 g", 45000, 50],
          ["Hộp 5 thanh", 210000, 260],
        ],
      ],
      ["Ngòi {s} rang", "roasted {s} nibs", [["Hũ 200 g", 110000, 200]]],
    ],
  }),
  specialty({
    key: "tho-cam-ede",
    group: "handicraft",
    subgroup: "Dệt may",
    trade: "Dệt thổ cẩm",
    vi: "thổ cẩm Ê Đê",
    en: "Ede brocade",
    districts: ["Buôn Ma Thuột", "Krông Ana", "Buôn Đôn", "Cư M'gar", "Lắk", "Krông Bông"],
    story: {
      vi: "Phụ nữ Ê Đê dệt trên khung dệt đeo lưng, sợi nhuộm chàm và vỏ cây, hoa văn kể chuyện buôn làng.",
      en: "Ede women weave on back-strap looms with threads dyed in indigo and bark, in motifs that tell the village's stories.",
    },
    kinds: [
      ["Khăn choàng {s}", "{s} shawl", packs.shawl],
      ["Túi xách {s}", "{s} handbag", packs.bag],
      ["Áo {s} dệt tay", "hand-woven {s} shirt", packs.shirt],
      ["Khăn trải bàn {s}", "{s} table runner", packs.runner],
    ],
  }),
  specialty({
    key: "may-tre-dan",
    group: "handicraft",
    subgroup: "Mây tre đan",
    trade: "Mây tre đan",
    vi: "mây tre",
    en: "rattan and bamboo",
    districts: ["Buôn Đôn", "Lắk", "Ea Súp", "Krông Bông", "M'Đrắk"],
    story: {
      vi: "Nghề đan gùi của người M'nông và Ê Đê: tre lồ ô chẻ mỏng, hun khói gác bếp cho bền và chống mối mọt.",
      en: "The M'nong and Ede craft of basket weaving: split lo o bamboo, smoked above the hearth to last and resist insects.",
    },
    kinds: [
      [
        "Gùi {s} đan tay",
        "hand-woven {s} back basket",
        [
          ["Gùi nhỏ", 220000, 600],
          ["Gùi lớn", 380000, 1100],
        ],
      ],
      ["Giỏ {s}", "{s} basket", packs.basket],
      [
        "Đèn {s}",
        "{s} lamp",
        [
          ["Đèn treo", 260000, 700],
          ["Đèn bàn", 220000, 600],
        ],
      ],
    ],
  }),
  specialty({
    key: "ruou-can-ede",
    group: "drink",
    subgroup: "Rượu",
    trade: "Rượu cần",
    vi: "rượu cần",
    en: "jar rice wine",
    districts: ["Buôn Đôn", "Lắk", "Buôn Ma Thuột", "Krông Ana", "Krông Bông"],
    story: {
      vi: "Gạo nếp và men lá rừng ủ trong ché sành ít nhất một tháng, uống bằng cần trúc trong ngày hội buôn.",
      en: "Sticky rice and forest-leaf yeast aged at least a month in clay jars, drunk through bamboo straws at village feasts.",
    },
    kinds: [
      ["{s} Ê Đê", "Ede {s}", packs.jarWine],
      ["{s} men lá", "leaf-yeast {s}", [["Ché 3 lít", 320000, 5000]]],
    ],
  }),
  specialty({
    key: "lan-dak-lak",
    group: "ornamental",
    subgroup: "Hoa lan",
    trade: "Hoa lan",
    vi: "lan",
    en: "orchid",
    districts: ["Buôn Ma Thuột", "Krông Pắc", "Cư Kuin", "Krông Bông"],
    story: {
      vi: "Lan nhân giống trong vườn từ cây mẹ, không khai thác lan rừng tự nhiên; mỗi chậu đã ra hoa ít nhất một mùa.",
      en: "Orchids propagated in the nursery from mother plants, never taken from the wild; every pot has flowered at least once.",
    },
    kinds: [
      ["{s} Hoàng thảo kèn", "Dendrobium lituiflorum {s}", packs.orchid],
      ["{s} Hoàng thảo ý thảo", "Dendrobium gratiosissimum {s}", packs.orchid],
      ["{s} Kim điệp", "Dendrobium chrysotoxum {s}", packs.orchid],
      ["{s} Giả hạc", "Dendrobium anosmum {s}", packs.orchid],
    ],
  }),
  specialty({
    key: "bonsai-dak-lak",
    group: "ornamental",
    subgroup: "Cây cảnh",
    trade: "Cây cảnh",
    vi: "bonsai",
    en: "bonsai",
    districts: ["Buôn Ma Thuột", "Cư Kuin", "Krông Pắc"],
    story: {
      vi: "Cây được uốn tạo dáng nhiều năm trong vườn, trồng trong chậu gốm, kèm hướng dẫn chăm sóc.",
      en: "Trees shaped over years in the garden, potted in ceramic, with care instructions.",
    },
    kinds: [
      ["{s} cây cà phê", "coffee-tree {s}", packs.bonsai],
      ["{s} sanh", "ficus {s}", packs.bonsai],
      ["{s} mai chiếu thủy", "water jasmine {s}", packs.bonsai],
    ],
  }),
  specialty({
    key: "dong-trung-ha-thao",
    group: "herbal",
    subgroup: "Dược liệu",
    trade: "Dược liệu",
    vi: "đông trùng hạ thảo",
    en: "cordyceps",
    districts: ["Buôn Ma Thuột", "Cư Kuin", "Krông Pắc"],
    story: {
      vi: "Nuôi cấy trong phòng sạch theo quy trình đã được kiểm nghiệm, sấy thăng hoa để giữ hoạt chất.",
      en: "Cultivated in clean rooms under a tested process and freeze-dried to keep its active compounds.",
    },
    kinds: [
      [
        "{s} sấy thăng hoa",
        "freeze-dried {s}",
        [
          ["Hộp 10 g", 350000, 60],
          ["Hộp 30 g", 950000, 120],
        ],
      ],
      ["Trà {s}", "{s} tea", [["Hộp 20 túi", 180000, 100]], "Trà dược liệu"],
    ],
  }),
  specialty({
    key: "tinh-dau-sa",
    group: "herbal",
    subgroup: "Tinh dầu",
    trade: "Tinh dầu",
    vi: "sả chanh",
    en: "lemongrass",
    districts: ["Ea Kar", "Krông Pắc", "Krông Năng", "M'Đrắk"],
    story: {
      vi: "Sả trồng trên đất đồi, cắt buổi sáng và chưng cất bằng hơi nước ngay trong ngày.",
      en: "Lemongrass grown on hill land, cut in the morning and steam-distilled the same day.",
    },
    kinds: [
      ["Tinh dầu {s}", "{s} essential oil", packs.oil],
      ["Xịt đuổi muỗi {s}", "{s} mosquito spray", [["Chai 100 ml", 85000, 150]]],
    ],
  }),
  specialty({
    key: "du-lich-buon-jun",
    group: "tourism",
    subgroup: "Du lịch cộng đồng",
    trade: "Du lịch cộng đồng",
    vi: "buôn Jun bên hồ Lắk",
    en: "Jun village by Lak lake",
    districts: ["Lắk"],
    communes: ["Liên Sơn"],
    withPlace: false,
    story: {
      vi: "Người M'nông ở buôn Jun đón khách trong nhà sàn, chèo thuyền độc mộc trên hồ Lắk và nấu cơm lam.",
      en: "The M'nong of Jun village welcome guests in stilt houses, paddle dugout canoes on Lak lake and cook bamboo rice.",
    },
    kinds: [
      ["Một ngày ở {s}", "a day at {s}", packs.dayTour],
      ["Hai ngày một đêm ở {s}", "two days and a night at {s}", packs.stayTour],
    ],
  }),
  specialty({
    key: "du-lich-ban-don",
    group: "tourism",
    subgroup: "Du lịch sinh thái",
    trade: "Du lịch sinh thái",
    vi: "Bản Đôn",
    en: "Ban Don",
    districts: ["Buôn Đôn"],
    communes: ["Krông Na"],
    withPlace: false,
    story: {
      vi: "Cầu treo qua rừng ven sông Sêrêpốk, nhà sàn cổ và câu chuyện của những người săn và thuần dưỡng voi xưa.",
      en: "Rope bridges through the Serepok riverside forest, old stilt houses and the stories of the elephant keepers of old.",
    },
    kinds: [
      ["Một ngày ở {s}", "a day at {s}", packs.dayTour],
      [
        "Đi bộ rừng khộp Yok Đôn từ {s}",
        "a dry-forest walk in Yok Don from {s}",
        [
          ["1 người lớn", 550000],
          ["Trẻ em dưới 12 tuổi", 300000],
        ],
      ],
    ],
  }),
  specialty({
    key: "du-lich-dray-nur",
    group: "tourism",
    subgroup: "Điểm du lịch",
    trade: "Du lịch sinh thái",
    vi: "thác Dray Nur",
    en: "Dray Nur waterfall",
    districts: ["Krông Ana"],
    communes: ["Dray Sáp"],
    withPlace: false,
    story: {
      vi: 'Thác "vợ" của dòng Sêrêpốk, cao hơn 30 m, gắn với truyền thuyết tình yêu của người Ê Đê.',
      en: 'The "wife" falls of the Serepok, over 30 m high, bound to an Ede love legend.',
    },
    kinds: [
      [
        "Vé tham quan {s}",
        "entry ticket to {s}",
        [
          ["1 người lớn", 60000],
          ["Trẻ em dưới 12 tuổi", 30000],
        ],
      ],
    ],
  }),
  specialty({
    key: "du-lich-tong-ju",
    group: "tourism",
    subgroup: "Du lịch cộng đồng",
    trade: "Du lịch cộng đồng",
    vi: "buôn Tơng Jú",
    en: "Tong Ju village",
    districts: ["Buôn Ma Thuột"],
    communes: ["Ea Kao"],
    withPlace: false,
    story: {
      vi: "Khách ngồi bên khung dệt cùng các nghệ nhân Ê Đê, học một đường hoa văn và mang về tấm khăn mình dệt.",
      en: "Sit at the loom with Ede weavers, learn one band of motifs and take home the strip you wove.",
    },
    kinds: [
      [
        "Học dệt thổ cẩm ở {s}",
        "a brocade-weaving class at {s}",
        [
          ["1 người", 350000],
          ["Nhóm 4 người", 1200000],
        ],
      ],
    ],
  }),
]
