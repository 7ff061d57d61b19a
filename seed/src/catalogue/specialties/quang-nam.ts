import { packs, specialty } from "./types"

/** Quảng Nam: Trà My cinnamon, Ngọc Linh ginseng, codonopsis, pomelo, pepper, Cơ Tu brocade… */
export const quangNamSpecialties = [
  specialty({
    key: "que-tra-my",
    group: "herbal",
    subgroup: "Gia vị từ dược liệu",
    trade: "Quế",
    vi: "quế",
    en: "cinnamon",
    districts: ["Bắc Trà My", "Phước Sơn", "Tây Giang"],
    flagship: true,
    story: {
      vi: "Quế trồng xen rừng trên núi cao, bóc vỏ sau hơn mười lăm năm; vỏ dày, nhiều tinh dầu, vị cay ngọt.",
      en: "Cinnamon grown among the mountain forest and stripped after fifteen years or more: thick bark, rich in oil, sweet and warm.",
    },
    kinds: [
      [
        "{s} thanh cạo vỏ",
        "scraped {s} quills",
        [
          ["Gói 200 g", 90000, 200],
          ["Gói 500 g", 200000, 500],
        ],
      ],
      [
        "Bột {s}",
        "ground {s}",
        [
          ["Hũ 100 g", 55000, 100],
          ["Hũ 250 g", 120000, 250],
        ],
      ],
      ["Tinh dầu {s}", "{s} essential oil", packs.oil, "Tinh dầu"],
      ["Trà {s} túi lọc", "{s} tea bags", packs.teaBags, "Trà dược liệu"],
    ],
  }),
  specialty({
    key: "sam-ngoc-linh-quang-nam",
    group: "herbal",
    subgroup: "Dược liệu",
    trade: "Sâm Ngọc Linh",
    vi: "sâm Ngọc Linh",
    en: "Ngoc Linh ginseng",
    districts: ["Nam Trà My"],
    communes: ["Trà Linh", "Trà Nam", "Trà Cang", "Trà Tập"],
    flagship: true,
    story: {
      vi: "Sâm mọc dưới tán rừng nguyên sinh trên độ cao 1.500 m của núi Ngọc Linh, mỗi củ có mã truy xuất nguồn gốc.",
      en: "Ginseng growing under primary forest above 1,500 m on Mount Ngoc Linh; every root carries a traceability code.",
    },
    kinds: [
      [
        "{s} tươi 5 năm tuổi",
        "fresh five-year-old {s}",
        [
          ["Hộp 100 g", 4200000, 100],
          ["Hộp 250 g", 10000000, 250],
        ],
      ],
      ["{s} ngâm mật ong", "{s} in honey", [["Hũ 500 ml", 1500000, 800]]],
      ["Trà lá {s}", "{s} leaf tea", [["Hộp 50 g", 350000, 80]], "Trà dược liệu"],
    ],
  }),
  specialty({
    key: "dang-sam",
    group: "herbal",
    subgroup: "Dược liệu khô",
    trade: "Dược liệu",
    vi: "đẳng sâm",
    en: "codonopsis",
    districts: ["Nam Trà My", "Nam Giang", "Tây Giang", "Đông Giang", "Phước Sơn"],
    story: {
      vi: "Đẳng sâm trồng dưới tán rừng, thu hoạch sau ba năm, sấy lạnh để giữ dược tính.",
      en: "Codonopsis grown under the forest canopy, harvested after three years and cold-dried to keep its properties.",
    },
    kinds: [
      [
        "{s} sấy khô",
        "dried {s}",
        [
          ["Gói 250 g", 320000, 250],
          ["Gói 500 g", 600000, 500],
        ],
      ],
      ["{s} ngâm mật ong", "{s} in honey", [["Hũ 500 ml", 380000, 800]]],
      ["Trà {s}", "{s} tea", [["Hộp 20 túi", 90000, 80]], "Trà dược liệu"],
    ],
  }),
  specialty({
    key: "buoi-quang-nam",
    group: "food",
    subgroup: "Rau quả tươi",
    trade: "Bưởi",
    vi: "bưởi",
    en: "pomelo",
    districts: ["Nông Sơn", "Quế Sơn", "Duy Xuyên", "Đại Lộc"],
    story: {
      vi: "Bưởi trồng trên bãi bồi sông Thu Bồn, múi mọng, vị ngọt thanh, để được cả tháng sau khi hái.",
      en: "Pomelos from the silt banks of the Thu Bon river: juicy segments, clean sweetness, keeping for a month after picking.",
    },
    kinds: [
      [
        "{s} Trụ",
        "Tru {s}",
        [
          ["1 quả (~1,2 kg)", 85000, 1200],
          ["Hộp 3 quả", 240000, 3600],
        ],
      ],
      [
        "{s} da xanh",
        "green-skin {s}",
        [
          ["1 quả (~1,5 kg)", 75000, 1500],
          ["Hộp 3 quả", 210000, 4500],
        ],
      ],
      ["Mứt vỏ {s}", "candied {s} peel", [["Hộp 300 g", 60000, 300]], "Rau quả chế biến"],
    ],
  }),
  specialty({
    key: "tieu-quang-nam",
    group: "food",
    subgroup: "Gia vị",
    trade: "Tiêu",
    vi: "tiêu",
    en: "pepper",
    districts: ["Tiên Phước", "Hiệp Đức", "Quế Sơn"],
    story: {
      vi: "Tiêu leo trên thân cây mít và cây keo trên đồi, hạt nhỏ mà chắc, cay nồng.",
      en: "Vines climb jackfruit and acacia trees on the hills: small, dense corns with a sharp bite.",
    },
    kinds: [
      ["{s} đen hạt", "black {s} corns", packs.pepper],
      [
        "{s} sọ",
        "white {s}",
        [
          ["Hũ 100 g", 65000, 100],
          ["Túi 250 g", 150000, 250],
        ],
      ],
      ["{s} xanh ngâm muối", "brined green {s}", [["Hũ 300 g", 70000, 450]]],
    ],
  }),
  specialty({
    key: "tho-cam-co-tu",
    group: "handicraft",
    subgroup: "Dệt may",
    trade: "Dệt thổ cẩm",
    vi: "thổ cẩm Cơ Tu",
    en: "Co Tu brocade",
    districts: ["Nam Giang", "Đông Giang", "Tây Giang"],
    story: {
      vi: "Phụ nữ Cơ Tu dệt trên khung dệt Kà Tu, đính hạt cườm trắng thành hoa văn núi rừng và nhà Gươl.",
      en: "Co Tu women weave on the traditional loom, threading white beads into motifs of mountains and the Guol house.",
    },
    kinds: [
      ["Khăn choàng {s}", "{s} shawl", packs.shawl],
      ["Túi {s} đính cườm", "beaded {s} bag", packs.bag],
      [
        "Váy {s}",
        "{s} skirt",
        [
          ["Cỡ S", 720000, 400],
          ["Cỡ M", 720000, 420],
          ["Cỡ L", 750000, 440],
        ],
      ],
      ["Khăn trải bàn {s}", "{s} table runner", packs.runner],
    ],
  }),
  specialty({
    key: "gom-thanh-ha",
    group: "handicraft",
    subgroup: "Gốm sứ",
    trade: "Gốm",
    vi: "gốm Thanh Hà",
    en: "Thanh Ha pottery",
    districts: ["Hội An"],
    communes: ["Thanh Hà"],
    withPlace: false,
    story: {
      vi: "Làng gốm năm trăm tuổi bên sông Thu Bồn: đất sét được nhào bằng chân, nặn trên bàn xoay và nung trong lò củi.",
      en: "A five-hundred-year-old pottery village on the Thu Bon: clay kneaded by foot, thrown on the wheel and fired in wood kilns.",
    },
    kinds: [
      ["Bình hoa {s}", "{s} vase", packs.pottery],
      ["Bộ ấm chén {s}", "{s} tea set", [["Bộ 6 chén", 320000, 1500]]],
      [
        "Tượng 12 con giáp {s}",
        "{s} zodiac figurine",
        [
          ["Cao 10 cm", 80000, 300],
          ["Cao 20 cm", 180000, 800],
        ],
      ],
      ["Đèn {s}", "{s} lamp", [["Đèn bàn", 260000, 1200]]],
      [
        "Chậu cây {s}",
        "{s} plant pot",
        [
          ["Đường kính 20 cm", 120000, 1500],
          ["Đường kính 35 cm", 280000, 4000],
        ],
      ],
    ],
  }),
  specialty({
    key: "lua-ma-chau",
    group: "handicraft",
    subgroup: "Dệt may",
    trade: "Dệt lụa",
    vi: "lụa Mã Châu",
    en: "Ma Chau silk",
    districts: ["Duy Xuyên"],
    communes: ["Nam Phước"],
    withPlace: false,
    story: {
      vi: "Làng lụa từ thời chúa Nguyễn: tằm nuôi bằng dâu bãi sông, tơ ươm tay và dệt trên khung gỗ.",
      en: "A silk village since the Nguyen lords: silkworms fed on riverbank mulberry, silk reeled by hand and woven on wooden looms.",
    },
    kinds: [
      [
        "Khăn {s}",
        "{s} scarf",
        [
          ["50×160 cm", 380000, 80],
          ["70×180 cm", 480000, 110],
        ],
      ],
      ["Vải áo dài {s}", "{s} áo dài fabric", [["Xấp 3 m", 1200000, 300]]],
      ["Cà vạt {s}", "{s} tie", [["Một chiếc", 250000, 60]]],
    ],
  }),
  specialty({
    key: "mi-quang",
    group: "food",
    subgroup: "Thực phẩm chế biến",
    trade: "Mì Quảng",
    vi: "mì Quảng",
    en: "Mi Quang noodles",
    districts: ["Điện Bàn", "Thăng Bình", "Quế Sơn", "Đại Lộc"],
    story: {
      vi: "Gạo ngâm qua đêm, xay bột nước, tráng bánh và phơi một nắng trước khi cắt sợi.",
      en: "Rice soaked overnight, stone-ground, steamed into sheets and sun-dried one day before being cut into noodles.",
    },
    kinds: [
      ["Sợi {s} khô", "dried {s}", packs.noodles],
      ["{s} gạo lứt", "brown-rice {s}", packs.noodles],
      ["{s} nghệ", "turmeric {s}", packs.noodles],
    ],
  }),
  specialty({
    key: "ruou-hong-dao",
    group: "drink",
    subgroup: "Rượu",
    trade: "Rượu",
    vi: "rượu Hồng Đào",
    en: "Hong Dao wine",
    districts: ["Tam Kỳ"],
    withPlace: false,
    story: {
      vi: "Rượu lên men từ trái hồng đào rừng núi Quảng Nam, ủ trong thùng gỗ, màu hồng ngọc.",
      en: "Wine fermented from the mountain hồng đào fruit of Quang Nam and aged in wood, ruby pink.",
    },
    kinds: [
      [
        "{s}",
        "{s}",
        [
          ["Chai 500 ml", 180000, 900],
          ["Hộp quà 2 chai", 380000, 2000],
        ],
      ],
      ["{s} bình gốm", "{s} in a ceramic jar", [["Bình 750 ml", 320000, 1500]]],
    ],
  }),
  specialty({
    key: "nuoc-mam-cua-khe",
    group: "food",
    subgroup: "Nước mắm, nước chấm",
    trade: "Nước mắm",
    vi: "nước mắm Cửa Khe",
    en: "Cua Khe fish sauce",
    districts: ["Thăng Bình"],
    communes: ["Bình Dương"],
    withPlace: false,
    story: {
      vi: "Cá cơm than đánh bắt trong ngày, ủ chượp với muối hạt trong thùng gỗ mít từ mười hai tháng.",
      en: "Anchovies caught the same day, fermented with sea salt in jackfruit-wood barrels for twelve months or more.",
    },
    kinds: [
      ["{s} 30 độ đạm", "{s}, 30° protein", packs.sauce],
      ["{s} cá cơm than 40 độ đạm", "anchovy {s}, 40° protein", [["Chai 500 ml", 120000, 700]]],
    ],
  }),
  specialty({
    key: "lan-tra-my",
    group: "ornamental",
    subgroup: "Hoa lan",
    trade: "Hoa lan",
    vi: "lan",
    en: "orchid",
    districts: ["Bắc Trà My", "Nam Trà My", "Tây Giang"],
    story: {
      vi: "Lan nhân giống từ cây mẹ trong vườn ươm dưới tán rừng, không khai thác lan rừng tự nhiên.",
      en: "Orchids propagated from mother plants in a forest-shade nursery, never taken from the wild.",
    },
    kinds: [
      ["{s} Kim điệp", "Dendrobium chrysotoxum {s}", packs.orchid],
      ["{s} Hoàng thảo vảy rồng", "Dendrobium lindleyi {s}", packs.orchid],
      ["{s} Thủy tiên", "Dendrobium farmeri {s}", packs.orchid],
    ],
  }),
  specialty({
    key: "du-lich-bho-hoong",
    group: "tourism",
    subgroup: "Du lịch cộng đồng",
    trade: "Du lịch cộng đồng",
    vi: "làng Cơ Tu Bhơ Hôồng",
    en: "Bho Hoong Co Tu village",
    districts: ["Đông Giang"],
    communes: ["Sông Kôn"],
    withPlace: false,
    story: {
      vi: "Khách ngủ nhà sàn, dự lễ bên nhà Gươl, học dệt và nấu cơm lam cùng người Cơ Tu.",
      en: "Stay in a stilt house, join a gathering at the Guol house, learn to weave and cook bamboo rice with the Co Tu.",
    },
    kinds: [
      ["Một ngày ở {s}", "a day at {s}", packs.dayTour],
      ["Hai ngày một đêm ở {s}", "two days and a night at {s}", packs.stayTour],
    ],
  }),
  specialty({
    key: "du-lich-tra-que",
    group: "tourism",
    subgroup: "Du lịch cộng đồng",
    trade: "Du lịch cộng đồng",
    vi: "làng rau Trà Quế",
    en: "Tra Que vegetable village",
    districts: ["Hội An"],
    communes: ["Cẩm Hà"],
    withPlace: false,
    story: {
      vi: "Làng rau bón rong sông, khách xuống ruộng cùng nông dân rồi nấu bữa trưa bằng rau vừa hái.",
      en: "Gardens fed with river weed: work the beds with the farmers, then cook lunch with what you picked.",
    },
    kinds: [
      [
        "Nửa ngày làm nông ở {s}",
        "half a day farming at {s}",
        [
          ["1 người lớn", 350000],
          ["Trẻ em dưới 12 tuổi", 180000],
        ],
      ],
    ],
  }),
  specialty({
    key: "du-lich-bay-mau",
    group: "tourism",
    subgroup: "Du lịch sinh thái",
    trade: "Du lịch sinh thái",
    vi: "rừng dừa Bảy Mẫu",
    en: "Bay Mau coconut forest",
    districts: ["Hội An"],
    communes: ["Cẩm Thanh"],
    withPlace: false,
    story: {
      vi: "Thuyền thúng len lỏi trong rừng dừa nước, ngư dân kể chuyện làng chài và chỉ cách câu cua.",
      en: "Basket boats through the nipa palm forest, with fishermen telling village stories and showing how to catch crabs.",
    },
    kinds: [
      [
        "Đi thuyền thúng {s}",
        "basket-boat ride in {s}",
        [
          ["1 người lớn", 150000],
          ["Trẻ em dưới 12 tuổi", 80000],
        ],
      ],
    ],
  }),
]
