package dev.tizza.pizza.rest;

import dev.tizza.pizza.api.model.Address;
import dev.tizza.pizza.api.model.CampaignStatus;
import dev.tizza.pizza.api.model.Money;
import dev.tizza.pizza.api.model.NewPizzeria;
import dev.tizza.pizza.domain.Campaign;
import dev.tizza.pizza.domain.Pizza;
import dev.tizza.pizza.domain.Pizzeria;
import java.net.URI;
import java.time.OffsetDateTime;

/** Between the domain and the models of the pizza contract. */
final class PizzaMapper {

  private PizzaMapper() {
  }

  static dev.tizza.pizza.api.model.Pizza toApi(Pizza pizza) {
    return new dev.tizza.pizza.api.model.Pizza()
        .id(pizza.id())
        .version(pizza.version())
        .pizzeriaId(pizza.pizzeriaId())
        .title(pizza.title())
        .description(pizza.description())
        .toppings(pizza.toppings())
        .price(new Money().amount(pizza.priceAmount().toPlainString())
            .currency(pizza.priceCurrency()))
        .imageUrl(pizza.imageUrl() == null ? null : URI.create(pizza.imageUrl()))
        .likeCount(pizza.likeCount())
        .createdAt(pizza.createdAt())
        .updatedAt(pizza.updatedAt());
  }

  static dev.tizza.pizza.api.model.Pizzeria toApi(Pizzeria pizzeria) {
    return new dev.tizza.pizza.api.model.Pizzeria()
        .id(pizzeria.id())
        .version(pizzeria.version())
        .name(pizzeria.name())
        .address(new Address().street(pizzeria.street()).city(pizzeria.city())
            .postalCode(pizzeria.postalCode()).country(pizzeria.country()))
        .phone(pizzeria.phone())
        .ownerId(pizzeria.ownerId());
  }

  static dev.tizza.pizza.api.model.Campaign toApi(Campaign campaign, OffsetDateTime now) {
    return new dev.tizza.pizza.api.model.Campaign()
        .id(campaign.id())
        .version(campaign.version())
        .pizzeriaId(campaign.pizzeriaId())
        .title(campaign.title())
        .discountPercent(campaign.discountPercent())
        .startsAt(campaign.startsAt())
        .endsAt(campaign.endsAt())
        .status(CampaignStatus.valueOf(campaign.statusAt(now).name()))
        .pizzaIds(campaign.pizzaIds())
        .createdAt(campaign.createdAt())
        .updatedAt(campaign.updatedAt());
  }

  static Pizzeria.Address toDomain(Address address) {
    return new Pizzeria.Address(address.getStreet(), address.getCity(), address.getPostalCode(),
        address.getCountry());
  }

  static Pizzeria toDomain(NewPizzeria opened, java.util.UUID ownerId) {
    return new Pizzeria(opened.getName(), toDomain(opened.getAddress()), opened.getPhone(),
        ownerId);
  }
}
