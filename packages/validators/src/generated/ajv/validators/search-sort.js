export { validate217 as compiledSearchSort };
const schema200 = {"type":"object","additionalProperties":false,"properties":{"sortOrder":{"$ref":"#/$defs/SearchSortOrder"},"sortBy":{"type":"string"}}};
const schema56 = {"type":"string","enum":["ASC","DESC","SCORE"]};

function validate217(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "sortOrder") || (key0 === "sortBy"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.sortOrder !== undefined){
let data0 = data.sortOrder;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/sortOrder",schemaPath:"#/$defs/SearchSortOrder/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!(((data0 === "ASC") || (data0 === "DESC")) || (data0 === "SCORE"))){
const err2 = {instancePath:instancePath+"/sortOrder",schemaPath:"#/$defs/SearchSortOrder/enum",keyword:"enum",params:{allowedValues: schema56.enum}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.sortBy !== undefined){
if(typeof data.sortBy !== "string"){
const err3 = {instancePath:instancePath+"/sortBy",schemaPath:"#/properties/sortBy/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate217.errors = vErrors;
return errors === 0;
}
