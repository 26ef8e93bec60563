export { validate217 as guardSearchSort };
const schema200 = {"type":"object","additionalProperties":false,"properties":{"sortOrder":{"$ref":"#/$defs/SearchSortOrder"},"sortBy":{"type":"string"}}};
const schema56 = {"type":"string","enum":["ASC","DESC","SCORE"]};

function validate217(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "sortOrder") || (key0 === "sortBy"))){
validate217.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.sortOrder !== undefined){
let data0 = data.sortOrder;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate217.errors = [{instancePath:instancePath+"/sortOrder",schemaPath:"#/$defs/SearchSortOrder/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((data0 === "ASC") || (data0 === "DESC")) || (data0 === "SCORE"))){
validate217.errors = [{instancePath:instancePath+"/sortOrder",schemaPath:"#/$defs/SearchSortOrder/enum",keyword:"enum",params:{allowedValues: schema56.enum}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sortBy !== undefined){
const _errs5 = errors;
if(typeof data.sortBy !== "string"){
validate217.errors = [{instancePath:instancePath+"/sortBy",schemaPath:"#/properties/sortBy/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate217.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate217.errors = vErrors;
return errors === 0;
}
