-- A scheduled campaign that is stopped never runs: it starts and ends at the same moment.
ALTER TABLE campaign DROP CONSTRAINT campaign_check;
ALTER TABLE campaign ADD CONSTRAINT campaign_check CHECK (ends_at >= starts_at);

-- Editing toppings moves them between positions one row at a time; the positions need only be
-- unique once the edit is complete.
ALTER TABLE pizza_topping DROP CONSTRAINT pizza_topping_pkey;
ALTER TABLE pizza_topping ADD CONSTRAINT pizza_topping_pkey PRIMARY KEY (pizza_id, position)
  DEFERRABLE INITIALLY DEFERRED;
