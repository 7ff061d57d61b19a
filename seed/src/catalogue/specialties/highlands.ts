import { packs, specialty } from "./types"

const orchids = [
  ["{s} Kim điệp", "Dendrobium chrysotoxum {s}", packs.orchid],
  ["{s} Hoàng thảo trúc mành", "Dendrobium aphyllum {s}", packs.orchid],
  ["{s} Đuôi cáo", "foxtail {s}", packs.orchid],
] as const

const orchidStory = {
  vi: "Lan nhân giống trong vườn ươm của hợp tác xã, không khai thác lan rừng tự nhiên.",
  en: "Orchids propagated in the cooperative's nursery, never taken from the wild.",
}

const brocade = [
  ["Khăn choàng {s}", "{s} shawl", packs.shawl],
  ["Túi {s}", "{s} bag", packs.bag],
  ["Khăn trải bàn {s}", "{s} table runner", packs.runner],
] as const

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
