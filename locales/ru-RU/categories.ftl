# Названия категорий по их идентификатору (`category-<slug>`). Их подставляет сервер в свои ответы.

## Электроника
category-electronics = Электроника
category-headphones = Наушники
category-smart-home = Умный дом
category-cameras = Фото и видео

## Телефоны и аксессуары
category-phones-accessories = Телефоны и аксессуары
category-phone-cases = Чехлы для телефонов
category-chargers-cables = Зарядные устройства и кабели
category-phone-holders = Держатели для телефонов

## Компьютеры и оргтехника
category-computers = Компьютеры и оргтехника
category-keyboards-mice = Клавиатуры и мыши
category-laptop-accessories = Аксессуары для ноутбуков
category-storage = Накопители

## Дом и сад
category-home-garden = Дом и сад
category-home-decor = Декор для дома
category-garden = Сад
category-storage-organisation = Хранение вещей

## Кухня и сервировка
category-kitchen = Кухня и сервировка
category-cookware = Посуда для готовки
category-drinkware = Кружки, бутылки и чайники
category-kitchen-tools = Кухонные принадлежности

## Женская одежда
category-womens-fashion = Женская одежда
category-dresses = Платья
category-womens-tops = Блузки и топы
category-bags = Сумки

## Мужская одежда
category-mens-fashion = Мужская одежда
category-mens-shirts = Рубашки
category-mens-outerwear = Верхняя одежда
category-mens-accessories = Аксессуары

## Обувь
category-shoes = Обувь
category-sneakers = Кроссовки и кеды
category-sandals = Сандалии
category-boots = Ботинки и сапоги

## Украшения и часы
category-jewelry-watches = Украшения и часы
category-necklaces = Колье и подвески
category-watches = Часы
category-earrings = Серьги

## Красота и здоровье
category-beauty-health = Красота и здоровье
category-makeup-tools = Аксессуары для макияжа
category-hair-care = Уход за волосами
category-nail-art = Дизайн ногтей

## Игрушки и хобби
category-toys-hobbies = Игрушки и хобби
category-building-toys = Конструкторы
category-puzzles = Пазлы и головоломки
category-crafts = Творчество и рукоделие

## Спорт и отдых
category-sports-outdoors = Спорт и отдых
category-camping = Кемпинг
category-fitness = Фитнес
category-cycling = Велоспорт

## Автотовары
category-automotive = Автотовары
category-car-interior = Аксессуары для салона
category-car-electronics = Автоэлектроника
category-car-care = Уход за автомобилем

## Зоотовары
category-pet-supplies = Зоотовары
category-dog-supplies = Для собак
category-cat-supplies = Для кошек
category-aquarium = Аквариумистика

## Товары для офиса и школы
category-office-school = Товары для офиса и школы
category-stationery = Канцелярия
category-desk-organisers = Органайзеры для стола
category-art-supplies = Товары для рисования

## Инструменты и ремонт
category-tools-hardware = Инструменты и ремонт
category-hand-tools = Ручной инструмент
category-power-tool-accessories = Оснастка для электроинструмента
category-lighting = Фонари и рабочее освещение
