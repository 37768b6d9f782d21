# 按标识符（`category-<slug>`）列出的类目名称，由服务器在响应中使用。

## 数码电子
category-electronics = 数码电子
category-headphones = 耳机
category-smart-home = 智能家居
category-cameras = 摄影摄像

## 手机及配件
category-phones-accessories = 手机及配件
category-phone-cases = 手机壳
category-chargers-cables = 充电器与数据线
category-phone-holders = 手机支架

## 电脑办公
category-computers = 电脑办公
category-keyboards-mice = 键盘鼠标
category-laptop-accessories = 笔记本配件
category-storage = 存储设备

## 家居园艺
category-home-garden = 家居园艺
category-home-decor = 家居饰品
category-garden = 园艺
category-storage-organisation = 收纳整理

## 厨具餐具
category-kitchen = 厨具餐具
category-cookware = 烹饪锅具
category-drinkware = 水具茶具
category-kitchen-tools = 厨房小工具

## 女装
category-womens-fashion = 女装
category-dresses = 连衣裙
category-womens-tops = 女士上衣
category-bags = 女包

## 男装
category-mens-fashion = 男装
category-mens-shirts = 衬衫
category-mens-outerwear = 外套
category-mens-accessories = 男士配饰

## 鞋靴
category-shoes = 鞋靴
category-sneakers = 运动鞋
category-sandals = 凉鞋
category-boots = 靴子

## 珠宝首饰与手表
category-jewelry-watches = 珠宝首饰与手表
category-necklaces = 项链
category-watches = 手表
category-earrings = 耳饰

## 美妆健康
category-beauty-health = 美妆健康
category-makeup-tools = 美妆工具
category-hair-care = 美发护发
category-nail-art = 美甲

## 玩具与爱好
category-toys-hobbies = 玩具与爱好
category-building-toys = 积木拼插
category-puzzles = 拼图益智
category-crafts = 手工艺品

## 运动户外
category-sports-outdoors = 运动户外
category-camping = 露营
category-fitness = 健身
category-cycling = 骑行

## 汽车用品
category-automotive = 汽车用品
category-car-interior = 汽车内饰
category-car-electronics = 车载电器
category-car-care = 汽车美容

## 宠物用品
category-pet-supplies = 宠物用品
category-dog-supplies = 狗狗用品
category-cat-supplies = 猫咪用品
category-aquarium = 水族用品

## 办公文具
category-office-school = 办公文具
category-stationery = 文具
category-desk-organisers = 桌面收纳
category-art-supplies = 美术用品

## 五金工具
category-tools-hardware = 五金工具
category-hand-tools = 手动工具
category-power-tool-accessories = 电动工具配件
category-lighting = 工作照明
