var breads = await client.Breads.ListAsync(limit: 10);
