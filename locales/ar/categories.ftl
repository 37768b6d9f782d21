# أسماء الفئات حسب المعرّف (`category-<slug>`)، يستخدمها الخادم في ردوده.

## الإلكترونيات
category-electronics = الإلكترونيات
category-headphones = السماعات
category-smart-home = المنزل الذكي
category-cameras = الكاميرات والتصوير

## الهواتف وملحقاتها
category-phones-accessories = الهواتف وملحقاتها
category-phone-cases = أغطية الهواتف
category-chargers-cables = الشواحن والكابلات
category-phone-holders = حوامل الهواتف

## الكمبيوتر ومعدات المكتب
category-computers = الكمبيوتر ومعدات المكتب
category-keyboards-mice = لوحات المفاتيح والفأرات
category-laptop-accessories = ملحقات اللابتوب
category-storage = وحدات التخزين

## المنزل والحديقة
category-home-garden = المنزل والحديقة
category-home-decor = ديكور المنزل
category-garden = الحديقة
category-storage-organisation = التخزين والتنظيم

## المطبخ وأدوات المائدة
category-kitchen = المطبخ وأدوات المائدة
category-cookware = أواني الطهي
category-drinkware = الأكواب وزجاجات المياه
category-kitchen-tools = أدوات المطبخ

## أزياء نسائية
category-womens-fashion = أزياء نسائية
category-dresses = الفساتين
category-womens-tops = البلوزات
category-bags = الحقائب

## أزياء رجالية
category-mens-fashion = أزياء رجالية
category-mens-shirts = القمصان
category-mens-outerwear = المعاطف والجاكيتات
category-mens-accessories = الإكسسوارات

## الأحذية
category-shoes = الأحذية
category-sneakers = الأحذية الرياضية
category-sandals = الصنادل
category-boots = الأحذية الطويلة

## المجوهرات والساعات
category-jewelry-watches = المجوهرات والساعات
category-necklaces = القلائد
category-watches = الساعات
category-earrings = الأقراط

## الجمال والصحة
category-beauty-health = الجمال والصحة
category-makeup-tools = أدوات المكياج
category-hair-care = العناية بالشعر
category-nail-art = فن الأظافر

## الألعاب والهوايات
category-toys-hobbies = الألعاب والهوايات
category-building-toys = ألعاب التركيب
category-puzzles = الألغاز والبازل
category-crafts = الفنون والحرف اليدوية

## الرياضة والأنشطة الخارجية
category-sports-outdoors = الرياضة والأنشطة الخارجية
category-camping = التخييم
category-fitness = اللياقة البدنية
category-cycling = ركوب الدراجات

## مستلزمات السيارات
category-automotive = مستلزمات السيارات
category-car-interior = إكسسوارات داخلية للسيارة
category-car-electronics = إلكترونيات السيارات
category-car-care = العناية بالسيارة

## مستلزمات الحيوانات الأليفة
category-pet-supplies = مستلزمات الحيوانات الأليفة
category-dog-supplies = مستلزمات الكلاب
category-cat-supplies = مستلزمات القطط
category-aquarium = أحواض السمك

## المستلزمات المكتبية والمدرسية
category-office-school = المستلزمات المكتبية والمدرسية
category-stationery = القرطاسية
category-desk-organisers = منظمات المكتب
category-art-supplies = أدوات الرسم والفنون

## العدد والأدوات
category-tools-hardware = العدد والأدوات
category-hand-tools = العدد اليدوية
category-power-tool-accessories = ملحقات العدد الكهربائية
category-lighting = إضاءة العمل
