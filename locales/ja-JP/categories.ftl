# カテゴリー名（識別子 `category-<slug>` ごと）。サーバーが応答の中で使います。

## 家電・デジタル機器
category-electronics = 家電・デジタル機器
category-headphones = ヘッドホン・イヤホン
category-smart-home = スマートホーム
category-cameras = カメラ・写真

## スマホ・アクセサリー
category-phones-accessories = スマホ・アクセサリー
category-phone-cases = スマホケース
category-chargers-cables = 充電器・ケーブル
category-phone-holders = スマホホルダー

## パソコン・オフィス機器
category-computers = パソコン・オフィス機器
category-keyboards-mice = キーボード・マウス
category-laptop-accessories = ノートパソコン用アクセサリー
category-storage = 記録メディア・ストレージ

## インテリア・ガーデン
category-home-garden = インテリア・ガーデン
category-home-decor = インテリア雑貨
category-garden = ガーデニング
category-storage-organisation = 収納・整理用品

## キッチン・食器
category-kitchen = キッチン・食器
category-cookware = 調理器具
category-drinkware = 水筒・マグカップ
category-kitchen-tools = キッチンツール

## レディースファッション
category-womens-fashion = レディースファッション
category-dresses = ワンピース
category-womens-tops = トップス
category-bags = バッグ

## メンズファッション
category-mens-fashion = メンズファッション
category-mens-shirts = シャツ
category-mens-outerwear = アウター
category-mens-accessories = ファッション小物

## 靴
category-shoes = 靴
category-sneakers = スニーカー
category-sandals = サンダル
category-boots = ブーツ

## ジュエリー・腕時計
category-jewelry-watches = ジュエリー・腕時計
category-necklaces = ネックレス
category-watches = 腕時計
category-earrings = ピアス・イヤリング

## 美容・健康
category-beauty-health = 美容・健康
category-makeup-tools = メイク道具
category-hair-care = ヘアケア
category-nail-art = ネイル

## おもちゃ・ホビー
category-toys-hobbies = おもちゃ・ホビー
category-building-toys = ブロック・組み立て玩具
category-puzzles = パズル
category-crafts = 手芸・クラフト

## スポーツ・アウトドア
category-sports-outdoors = スポーツ・アウトドア
category-camping = キャンプ用品
category-fitness = フィットネス
category-cycling = サイクリング

## カー用品
category-automotive = カー用品
category-car-interior = 車内用品
category-car-electronics = カーエレクトロニクス
category-car-care = 洗車・お手入れ用品

## ペット用品
category-pet-supplies = ペット用品
category-dog-supplies = 犬用品
category-cat-supplies = 猫用品
category-aquarium = アクアリウム

## 文房具・オフィス用品
category-office-school = 文房具・オフィス用品
category-stationery = 文房具
category-desk-organisers = デスク収納
category-art-supplies = 画材

## DIY・工具
category-tools-hardware = DIY・工具
category-hand-tools = ハンドツール
category-power-tool-accessories = 電動工具アクセサリー
category-lighting = 作業灯
