import type { ProductGroup } from "./types"

/** One seeded product: its Vietnamese and English texts, variants (VND, whole đồng) and result. */
export type SeedProduct = {
  handle: string
  producer: string
  group: ProductGroup
  subgroup: string
  vi: { title: string; description: string; story: string; origin: string }
  en: { title: string; description: string; story: string; origin: string }
  variants: { title: string; sku: string; price: number; stock: number; weight?: number }[]
  stars: number
  score: number
  /** Months since the certificate was issued (36 = expired). */
  issued_months_ago: number
  revoked?: string
}

const p = (
  handle: string,
  producer: string,
  group: ProductGroup,
  subgroup: string,
  vi: [string, string, string, string],
  en: [string, string, string, string],
  variants: [string, number, number, number?][],
  stars: number,
  score: number,
  issued_months_ago = 6,
  revoked?: string,
): SeedProduct => ({
  handle,
  producer,
  group,
  subgroup,
  vi: { title: vi[0], description: vi[1], story: vi[2], origin: vi[3] },
  en: { title: en[0], description: en[1], story: en[2], origin: en[3] },
  variants: variants.map(([title, price, stock, weight], i) => ({
    title,
    sku: `${handle}-${i + 1}`.toUpperCase(),
    price,
    stock,
    weight,
  })),
  stars,
  score,
  issued_months_ago,
  revoked,
})

export const products: SeedProduct[] = [
  p("que-tra-my-thanh", "htx-que-tra-my", "herbal", "Gia vị từ dược liệu",
    ["Quế Trà My thanh", "Quế thanh cạo vỏ từ rừng quế trăm tuổi Trà My.", "<p>Quế Trà My được người Ca Dong trồng xen rừng. Vỏ quế dày, <strong>nhiều tinh dầu</strong>, cay ngọt.</p>", "Trà My, Quảng Nam"],
    ["Tra My cinnamon sticks", "Scraped cinnamon quills from the century-old Tra My forests.", "<p>Tra My cinnamon grows among the forest, tended by the Ca Dong. Its thick bark is <strong>rich in oil</strong>, sweet and warm.</p>", "Tra My, Quang Nam"],
    [["200 g", 95000, 40, 200], ["500 g", 210000, 25, 500]], 5, 92),
  p("tinh-dau-que-tra-my", "htx-que-tra-my", "herbal", "Tinh dầu",
    ["Tinh dầu quế Trà My", "Tinh dầu quế chưng cất từ lá và vỏ quế Trà My.", "<p>Chưng cất chậm bằng hơi nước tại hợp tác xã.</p>", "Trà My, Quảng Nam"],
    ["Tra My cinnamon essential oil", "Steam-distilled from Tra My cinnamon leaves and bark.", "<p>Slowly steam-distilled at the cooperative.</p>", "Tra My, Quang Nam"],
    [["10 ml", 85000, 60, 50], ["50 ml", 320000, 20, 120]], 4, 78),
  p("dang-sam-nam-tra-my", "htx-sam-ngoc-linh-nam-tra-my", "herbal", "Dược liệu khô",
    ["Đẳng sâm Nam Trà My sấy khô", "Đẳng sâm (Codonopsis) trồng dưới tán rừng Ngọc Linh.", "<p>Đẳng sâm được thu hoạch sau ba năm, sấy lạnh để giữ dược tính.</p>", "Trà Linh, Quảng Nam"],
    ["Dried Nam Tra My codonopsis", "Codonopsis grown under the Ngoc Linh forest canopy.", "<p>Harvested after three years and cold-dried to keep its properties.</p>", "Tra Linh, Quang Nam"],
    [["250 g", 350000, 30, 250], ["500 g", 650000, 12, 500]], 4, 81),
  p("tieu-tien-phuoc", "to-hop-tac-tieu-tien-phuoc", "food", "Gia vị",
    ["Tiêu Tiên Phước", "Hạt tiêu đen phơi nắng trên đồi Tiên Phước.", "<p>Tiêu leo trên thân cây mít, hạt chắc và thơm nồng.</p>", "Tiên Phước, Quảng Nam"],
    ["Tien Phuoc black pepper", "Sun-dried black pepper from the Tien Phuoc hills.", "<p>Vines climb jackfruit trees; the corns are dense and pungent.</p>", "Tien Phuoc, Quang Nam"],
    [["100 g", 45000, 80, 100], ["500 g", 190000, 30, 500]], 3, 64),
  p("buoi-tru-dai-binh", "htx-buoi-dai-binh", "food", "Rau quả tươi",
    ["Bưởi Trụ Đại Bình", "Bưởi đặc sản làng Đại Bình bên sông Thu Bồn, múi mọng, vị ngọt thanh.", "<p>Giống bưởi xưa từng tiến vua, trồng trên bãi bồi sông Thu Bồn.</p>", "Nông Sơn, Quảng Nam"],
    ["Dai Binh pomelo", "Heirloom pomelo from Dai Binh village on the Thu Bon river.", "<p>An old variety once offered to the king, grown on the Thu Bon's silt banks.</p>", "Nong Son, Quang Nam"],
    [["1 quả (~1,2 kg)", 90000, 50, 1200], ["Hộp 3 quả", 250000, 15, 3600]], 4, 75),
  p("tho-cam-zara-khan-choang", "htx-det-tho-cam-zara", "handicraft", "Dệt may",
    ["Khăn choàng thổ cẩm Cơ Tu", "Khăn dệt tay đính cườm của phụ nữ Cơ Tu Nam Giang.", "<p>Mỗi tấm khăn mất ba ngày dệt trên khung dệt Kà Tu truyền thống.</p>", "Nam Giang, Quảng Nam"],
    ["Co Tu brocade shawl", "Hand-woven beaded shawl by Co Tu women of Nam Giang.", "<p>Each shawl takes three days on the traditional Co Tu back-strap loom.</p>", "Nam Giang, Quang Nam"],
    [["Đỏ", 450000, 10, 300], ["Đen", 450000, 8, 300]], 4, 80),
  p("tour-lang-co-tu-dong-giang", "lang-du-lich-cong-dong-co-tu-dong-giang", "tourism", "Du lịch cộng đồng",
    ["Một ngày ở làng Cơ Tu Đông Giang", "Trải nghiệm cộng đồng: nhà Gươl, dệt thổ cẩm, ẩm thực Cơ Tu.", "<p>Khách được người làng đón ở nhà Gươl, học dệt và nấu cơm lam.</p>", "Đông Giang, Quảng Nam"],
    ["A day in a Co Tu village, Dong Giang", "Community experience: the Guol house, brocade weaving, Co Tu food.", "<p>Villagers welcome you in the Guol house; learn weaving and cook bamboo rice.</p>", "Dong Giang, Quang Nam"],
    [["1 người lớn", 650000, 20]], 3, 58),
  p("ca-phe-robusta-buon-ma-thuot", "cong-ty-ca-phe-buon-ma-thuot", "drink", "Cà phê",
    ["Cà phê Robusta Buôn Ma Thuột rang xay", "Robusta chín đỏ, rang mộc, xay vừa cho phin.", "<p>Chỉ hái quả chín, phơi trên giàn tre, rang mộc không tẩm.</p>", "Buôn Ma Thuột, Đắk Lắk"],
    ["Buon Ma Thuot Robusta ground coffee", "Ripe-picked Robusta, plain-roasted, medium ground for the phin.", "<p>Only ripe cherries, dried on bamboo racks, roasted with nothing added.</p>", "Buon Ma Thuot, Dak Lak"],
    [["250 g", 85000, 100, 250], ["500 g", 160000, 60, 500], ["1 kg", 300000, 30, 1000]], 5, 91),
  p("ca-phe-hat-arabica-ea-tieu", "cong-ty-ca-phe-buon-ma-thuot", "drink", "Cà phê",
    ["Cà phê hạt Arabica Cư Kuin", "Hạt Arabica chế biến ướt, rang sáng màu.", "<p>Trồng ở độ cao 700 m, chế biến ướt để giữ vị chua thanh.</p>", "Buôn Ma Thuột, Đắk Lắk"],
    ["Cu Kuin Arabica whole beans", "Washed Arabica, light roast.", "<p>Grown at 700 m and wet-processed for a bright acidity.</p>", "Buon Ma Thuot, Dak Lak"],
    [["250 g", 140000, 40, 250]], 4, 84),
  p("mat-ong-hoa-ca-phe-ea-kar", "htx-mat-ong-ea-kar", "food", "Mật ong",
    ["Mật ong hoa cà phê Ea Kar", "Mật ong nguyên chất từ mùa hoa cà phê Tây Nguyên.", "<p>Đàn ong được đặt giữa vườn cà phê tháng Ba, mùa hoa trắng trời.</p>", "Ea Kar, Đắk Lắk"],
    ["Ea Kar coffee-blossom honey", "Raw honey from the Central Highlands coffee bloom.", "<p>Hives sit among the coffee gardens in March, when the white blossoms open.</p>", "Ea Kar, Dak Lak"],
    [["500 ml", 150000, 50, 700], ["1 lít", 280000, 20, 1400]], 4, 77),
  p("sau-rieng-krong-pac", "ho-kinh-doanh-sau-rieng-krong-pac", "food", "Rau quả tươi",
    ["Sầu riêng Ri6 Krông Pắc", "Sầu riêng chín cây, cơm vàng, hạt lép.", "<p>Vườn sầu riêng hơn 20 năm, chỉ cắt khi trái chín cây.</p>", "Krông Pắc, Đắk Lắk"],
    ["Krong Pac Ri6 durian", "Tree-ripened durian with golden flesh and small seeds.", "<p>A 20-year-old orchard; fruit is cut only when ripe on the tree.</p>", "Krong Pac, Dak Lak"],
    [["1 kg", 120000, 40, 1000]], 3, 66),
  p("tieu-den-cu-mgar", "htx-tieu-cu-mgar", "food", "Gia vị",
    ["Tiêu đen Cư M'gar", "Hồ tiêu sạch đạt chuẩn, hạt to, cay thơm.", "<p>Canh tác hữu cơ, thu hái thủ công, phơi sấy trên sân xi măng sạch.</p>", "Cư M'gar, Đắk Lắk"],
    ["Cu M'gar black pepper", "Clean, large, aromatic pepper corns.", "<p>Organic farming, hand picking and clean drying yards.</p>", "Cu M'gar, Dak Lak"],
    [["250 g", 70000, 60, 250]], 3, 55),
  p("trai-nghiem-buon-ako-dhong", "buon-du-lich-ako-dhong", "tourism", "Du lịch cộng đồng",
    ["Trải nghiệm buôn Ako Dhông", "Nhà dài Ê Đê, cồng chiêng và cơm lam giữa lòng Buôn Ma Thuột.", "<p>Buôn Ako Dhông giữ nếp nhà dài và lễ hội cồng chiêng của người Ê Đê.</p>", "Buôn Ma Thuột, Đắk Lắk"],
    ["Ako Dhong village experience", "Ede longhouses, gongs and bamboo rice in Buon Ma Thuot.", "<p>Ako Dhong keeps the Ede longhouse way of life and gong festivals.</p>", "Buon Ma Thuot, Dak Lak"],
    [["1 người lớn", 350000, 30]], 4, 72),
  p("sam-ngoc-linh-tuoi", "htx-sam-ngoc-linh-kon-tum", "herbal", "Dược liệu tươi",
    ["Sâm Ngọc Linh tươi", "Sâm Ngọc Linh 5 năm tuổi, trồng dưới tán rừng nguyên sinh.", "<p>Sâm mọc ở độ cao trên 1.500 m trên núi Ngọc Linh.</p>", "Tu Mơ Rông, Kon Tum"],
    ["Fresh Ngoc Linh ginseng", "Five-year-old Ngoc Linh ginseng grown under primary forest.", "<p>Grows above 1,500 m on Mount Ngoc Linh.</p>", "Tu Mo Rong, Kon Tum"],
    [["100 g", 4500000, 5, 100]], 5, 95),
  p("ruou-sam-day-kon-ray", "htx-nong-san-kon-ray", "drink", "Rượu",
    ["Rượu sâm dây Kon Rẫy", "Rượu gạo ngâm sâm dây rừng Kon Rẫy.", "<p>Sâm dây được đồng bào Xơ Đăng thu hái và ngâm trong rượu gạo men lá.</p>", "Kon Rẫy, Kon Tum"],
    ["Kon Ray codonopsis rice wine", "Rice wine steeped with wild codonopsis from Kon Ray.", "<p>Gathered by the Xo Dang and steeped in leaf-yeast rice wine.</p>", "Kon Ray, Kon Tum"],
    [["500 ml", 180000, 25, 900]], 3, 62),
  p("che-shan-tuyet-tam-duong", "htx-che-shan-tuyet-tam-duong", "drink", "Chè",
    ["Chè Shan tuyết Tam Đường", "Chè búp từ cây chè cổ thụ trên núi Lai Châu.", "<p>Búp chè phủ lông trắng như tuyết, sao thủ công trên chảo gang.</p>", "Tam Đường, Lai Châu"],
    ["Tam Duong Shan Tuyet tea", "Buds from ancient tea trees in the Lai Chau mountains.", "<p>Buds covered in snow-white down, pan-fired by hand in cast iron.</p>", "Tam Duong, Lai Chau"],
    [["100 g", 180000, 40, 100], ["200 g", 340000, 20, 200]], 4, 83),
  p("gao-muong-thanh", "htx-gao-muong-thanh", "food", "Lương thực",
    ["Gạo Điện Biên Mường Thanh", "Gạo tẻ dẻo thơm từ cánh đồng Mường Thanh.", "<p>Cánh đồng lớn nhất Tây Bắc, nước tưới từ sông Nậm Rốm.</p>", "Thanh Xương, Điện Biên"],
    ["Muong Thanh Dien Bien rice", "Soft fragrant rice from the Muong Thanh valley.", "<p>The northwest's largest valley, watered by the Nam Rom river.</p>", "Thanh Xuong, Dien Bien"],
    [["5 kg", 150000, 50, 5000], ["10 kg", 290000, 25, 10000]], 3, 68),
  p("tui-tho-cam-thai-muong-phang", "ho-kinh-doanh-tho-cam-thai-dien-bien", "handicraft", "Dệt may",
    ["Túi thổ cẩm Thái Mường Phăng", "Túi dệt tay hoa văn Thái trắng.", "<p>Hoa văn lấy cảm hứng từ núi rừng Mường Phăng.</p>", "Mường Phăng, Điện Biên"],
    ["Muong Phang Thai brocade bag", "Hand-woven bag with White Thai motifs.", "<p>Motifs inspired by the Muong Phang forests.</p>", "Muong Phang, Dien Bien"],
    [["Cỡ nhỏ", 180000, 15, 200], ["Cỡ lớn", 280000, 10, 350]], 3, 57),
  p("lan-kim-diep-bac-tra-my", "to-hop-tac-lan-rung-bac-tra-my", "ornamental", "Hoa lan",
    ["Lan Kim điệp Bắc Trà My", "Lan rừng nhân giống trong vườn, ra hoa vàng mùa xuân.", "<p>Nhân giống từ cây mẹ trong vườn, không khai thác lan rừng tự nhiên.</p>", "Trà My, Quảng Nam"],
    ["Bac Tra My golden orchid", "Nursery-propagated forest orchid with golden spring blooms.", "<p>Propagated from mother plants in the nursery, never taken from the wild.</p>", "Tra My, Quang Nam"],
    [["Chậu nhỏ", 250000, 12, 800]], 3, 59),
]

/** Cases that must never reach shoppers, whatever happens to the rest of the catalogue. */
export const controlProducts: SeedProduct[] = [
  p("mat-ong-rung-2-sao", "htx-mat-ong-ea-kar", "food", "Mật ong",
    ["Mật ong rừng (2 sao)", "Kết quả đánh giá cấp địa phương: chưa đạt chuẩn OCOP.", "<p>Sản phẩm đang được cải tiến.</p>", "Ea Kar, Đắk Lắk"],
    ["Wild honey (2 stars)", "Local evaluation result: not yet up to OCOP standard.", "<p>The product is being improved.</p>", "Ea Kar, Dak Lak"],
    [["500 ml", 120000, 10, 700]], 2, 45),
  p("banh-trang-1-sao", "to-hop-tac-tieu-tien-phuoc", "food", "Thực phẩm chế biến",
    ["Bánh tráng (1 sao)", "Sản phẩm khởi đầu.", "<p>Sản phẩm mới đăng ký ý tưởng.</p>", "Tiên Phước, Quảng Nam"],
    ["Rice paper (1 star)", "A starting product.", "<p>A newly registered product idea.</p>", "Tien Phuoc, Quang Nam"],
    [["Gói 500 g", 30000, 20, 500]], 1, 25),
  p("ca-phe-chon-het-han", "cong-ty-ca-phe-buon-ma-thuot", "drink", "Cà phê",
    ["Cà phê chồn (chứng nhận hết hạn)", "Chứng nhận 4 sao đã quá 36 tháng, chưa đánh giá lại.", "<p>Chờ đánh giá lại.</p>", "Buôn Ma Thuột, Đắk Lắk"],
    ["Weasel coffee (expired certificate)", "4-star certificate older than 36 months, not re-evaluated.", "<p>Awaiting re-evaluation.</p>", "Buon Ma Thuot, Dak Lak"],
    [["250 g", 400000, 10, 250]], 4, 76, 37),
  p("nuoc-mam-thu-hoi", "htx-buoi-dai-binh", "food", "Thực phẩm chế biến",
    ["Mứt bưởi (chứng nhận bị thu hồi)", "Chứng nhận 3 sao đã bị thu hồi.", "<p>Bị thu hồi do không đánh giá lại đúng hạn.</p>", "Nông Sơn, Quảng Nam"],
    ["Candied pomelo (revoked certificate)", "3-star certificate revoked.", "<p>Revoked: not re-evaluated in time.</p>", "Nong Son, Quang Nam"],
    [["Hộp 300 g", 60000, 10, 300]], 3, 60, 12, "Không đánh giá lại đúng hạn theo quyết định của tỉnh."),
]

/** Listed now, but its certificate expires within 30 days: the producer gets a notice. */
export const expiringSoon: SeedProduct = p("mang-kho-kon-ray", "htx-nong-san-kon-ray", "food", "Rau quả chế biến",
  ["Măng khô Kon Rẫy", "Măng rừng phơi khô, sắp hết hạn chứng nhận.", "<p>Măng le hái đầu mùa mưa, luộc và phơi trên gác bếp.</p>", "Kon Rẫy, Kon Tum"],
  ["Kon Ray dried bamboo shoots", "Sun-dried forest bamboo shoots; certificate due for renewal.", "<p>Picked at the start of the rains, boiled and dried above the hearth.</p>", "Kon Ray, Kon Tum"],
  [["500 g", 140000, 20, 500]], 3, 61, 35.5)
